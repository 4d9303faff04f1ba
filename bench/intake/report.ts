import { cpus, loadavg } from 'node:os';
import { latencySummary } from '../event-store/stats';
import type { AppendRun } from './baseline';
import type { LoadResult } from './load';
import type { Summary } from './probes';

const round = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
export const ms = (summary: Summary) =>
  `${round(summary.p50)} / ${round(summary.p95)} / ${round(summary.p99)} ms`;

export const loadAverage = () =>
  `${loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ')} (1 / 5 / 15 min, ${cpus().length} cores)`;

/** Rate of each quarter of the completions: does it hold up while the log grows? */
function quarterRates(completedAtS: readonly number[]): number[] {
  const rates: number[] = [];
  let from = 0;
  let since = 0;
  for (let quarter = 1; quarter <= 4; quarter += 1) {
    const to = Math.round((completedAtS.length * quarter) / 4);
    if (to <= from) continue;
    const until = completedAtS[to - 1];
    rates.push((to - from) / Math.max(until - since, 1e-3));
    from = to;
    since = until;
  }
  return rates;
}

export function printLoad(title: string, clients: number, result: LoadResult): number {
  const rate = result.created / result.seconds;
  const answers = Object.entries(result.statuses)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  console.log(`\n${title}, ${clients} clients, ${result.requests} submissions`);
  console.log(
    `  throughput ${round(rate)} submissions/s (${result.created} × 201 in ${round(result.seconds)} s)`,
  );
  console.log(
    `  by quarter ${quarterRates(result.completedAtS).map(round).join(' → ')} submissions/s`,
  );
  console.log(`  latency    p50/p95/p99 ${ms(latencySummary(result.latenciesMs))} (201s)`);
  console.log(`  answers    ${answers}`);
  const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
  console.log(
    `  CPU        machine ${percent(result.machineBusy)} busy (all processes); this process ` +
      `${(result.cpuSeconds / result.seconds).toFixed(2)} CPU-s per s, event loop busy ` +
      `${percent(result.eventLoopUtilisation)}`,
  );
  return rate;
}

export function printAppends(title: string, writers: number, run: AppendRun): number {
  const rate = run.latenciesMs.length / run.seconds;
  const busy = `machine ${(run.machineBusy * 100).toFixed(0)}% busy (all processes)`;
  console.log(`\n${title}, ${writers} writers, ${run.appends} appends`);
  console.log(
    `  throughput ${round(rate)} appends/s (${run.latenciesMs.length} in ${round(run.seconds)} s, ${run.failures} failed)`,
  );
  console.log(`  latency    p50/p95/p99 ${ms(latencySummary(run.latenciesMs))}`);
  console.log(`  CPU        ${busy}`);
  return rate;
}

export interface Backlog {
  submissionCommits: number;
  unpublished: number;
  gatewayReadModel: number;
  intakeReadModel: number;
}

export function printBacklog(backlog: Backlog): void {
  console.log(
    `  when the last answer came: ${backlog.submissionCommits} submission commits in the log, ` +
      `${backlog.unpublished} not yet published to Kafka; read models hold ` +
      `${backlog.gatewayReadModel} (gateway_submissions) and ${backlog.intakeReadModel} (intake_my_submissions)`,
  );
}

export function printProbes(samples: number, rows: Array<[string, Summary]>): void {
  console.log(`\nWhere one submission's time goes: ${samples} calls one at a time, p50/p95/p99`);
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, summary] of rows) console.log(`  ${label.padEnd(width)}  ${ms(summary)}`);
}
