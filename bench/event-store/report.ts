import type { AppendResult } from './append-bench';
import type { ReadResult } from './read-bench';
import type { ReplayResult } from './replay-bench';
import { latencySummary, perSecond, type Timings } from './stats';

/** The targets (see README.md). */
export const TARGETS = {
  /** Stream read p99 at the largest log, at most this many times the p99 at the smallest. */
  streamReadGrowth: 2,
  /** Replay of the largest log through store.replay, at least this share of the raw cursor's rate. */
  replayShare: 0.7,
  /** Appends by BENCH_WRITERS writers at the largest log, at least this share of raw inserts. */
  concurrentAppendShare: 0.5,
};

export interface SizeResult {
  size: number;
  fillSeconds: number;
  meanCommitBytes: number;
  writers: number;
  singleAppend: AppendResult;
  concurrentAppend: AppendResult;
  streamReads: ReadResult;
  heads: ReadResult;
  replay: ReplayResult;
}

const thousands = (value: number) => Math.round(value).toLocaleString('en-US');
const rate = (value: number) => (value >= 100 ? thousands(value) : value.toFixed(1));
const ms = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;

const eventsPerSecond = (timings: Timings) => perSecond(timings.events, timings.seconds);
const p50p99 = (latenciesMs: readonly number[]) => {
  const summary = latencySummary(latenciesMs);
  return `${ms(summary.p50)} / ${ms(summary.p99)}`;
};
const p99 = (latenciesMs: readonly number[]) => latencySummary(latenciesMs).p99;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

function appendRows(label: string, result: AppendResult): string[][] {
  const store = eventsPerSecond(result.store);
  const raw = eventsPerSecond(result.raw);
  return [
    [`append, ${label} (appends/s)`, rate(store), rate(raw), percent(store / raw)],
    [
      `append p50 / p99, ${label} (ms)`,
      p50p99(result.store.latenciesMs),
      p50p99(result.raw.latenciesMs),
      times(p99(result.store.latenciesMs) / p99(result.raw.latenciesMs)),
    ],
  ];
}

function readRow(label: string, result: ReadResult): string[] {
  return [
    `${label} p50 / p99 (ms)`,
    p50p99(result.store),
    p50p99(result.raw),
    times(p99(result.store) / p99(result.raw)),
  ];
}

/** One size's figures, printed as soon as they are measured. */
export function printSize(result: SizeResult): void {
  const { replay } = result;
  const storeReplay = perSecond(replay.store.events, replay.store.seconds);
  const rawReplay = perSecond(replay.raw.events, replay.raw.seconds);
  console.log(
    `\nLog of ${thousands(result.size)} commits (filled in ${result.fillSeconds.toFixed(1)} s, ` +
      `${thousands(result.meanCommitBytes)} bytes a commit)`,
  );
  console.log(
    table(
      ['measure', 'store', 'raw driver', 'store vs raw'],
      [
        ...appendRows('1 writer', result.singleAppend),
        ...appendRows(`${result.writers} writers`, result.concurrentAppend),
        readRow(
          `stream read (${result.streamReads.commitsPerRead.toFixed(1)} commits)`,
          result.streamReads,
        ),
        readRow('head', result.heads),
        [
          `replay, ${thousands(replay.commits)} commits (events/s)`,
          rate(storeReplay),
          rate(rawReplay),
          percent(storeReplay / rawReplay),
        ],
      ],
    ),
  );
  const pages = replay.pagesMs;
  console.log(
    `"store vs raw": a rate's share, or a p99's multiple. Replay: raw cursor ` +
      `${replay.raw.seconds.toFixed(2)} s; store.replay ${replay.store.seconds.toFixed(2)} s in ` +
      `${pages.length} pages, first ${ms(pages[0])} ms, middle ` +
      `${ms(pages[Math.floor(pages.length / 2)])} ms, last ${ms(pages.at(-1)!)} ms`,
  );
}

const replayRate = (result: SizeResult, side: 'store' | 'raw') =>
  perSecond(result.replay[side].events, result.replay[side].seconds);

/** Every size side by side: one column per log size. */
export function printSummary(results: readonly SizeResult[]): void {
  const row = (label: string, cell: (result: SizeResult) => string) => [
    label,
    ...results.map(cell),
  ];
  const append = (pick: (result: SizeResult) => AppendResult, label: string) => [
    row(`append, ${label}, store (appends/s)`, (r) => rate(eventsPerSecond(pick(r).store))),
    row(`append, ${label}, raw insertOne`, (r) => rate(eventsPerSecond(pick(r).raw))),
    row(`append, ${label}, store / raw`, (r) =>
      percent(eventsPerSecond(pick(r).store) / eventsPerSecond(pick(r).raw)),
    ),
  ];
  const writers = results[0].writers;
  console.log(`\nSummary (p50 / p99 in ms)`);
  console.log(
    table(
      ['measure', ...results.map((result) => `${thousands(result.size)} commits`)],
      [
        ...append((r) => r.singleAppend, '1 writer'),
        ...append((r) => r.concurrentAppend, `${writers} writers`),
        row('append p50 / p99, 1 writer, store', (r) => p50p99(r.singleAppend.store.latenciesMs)),
        row('append p50 / p99, 1 writer, raw', (r) => p50p99(r.singleAppend.raw.latenciesMs)),
        row(`append p50 / p99, ${writers} writers, store`, (r) =>
          p50p99(r.concurrentAppend.store.latenciesMs),
        ),
        row(`append p50 / p99, ${writers} writers, raw`, (r) =>
          p50p99(r.concurrentAppend.raw.latenciesMs),
        ),
        row('stream read, store.readStream', (r) => p50p99(r.streamReads.store)),
        row('stream read, raw find', (r) => p50p99(r.streamReads.raw)),
        row('head, store.head', (r) => p50p99(r.heads.store)),
        row('head, raw findOne', (r) => p50p99(r.heads.raw)),
        row('replay, store.replay (events/s)', (r) => rate(replayRate(r, 'store'))),
        row('replay, raw cursor (events/s)', (r) => rate(replayRate(r, 'raw'))),
        row('replay, store / raw', (r) => percent(replayRate(r, 'store') / replayRate(r, 'raw'))),
      ],
    ),
  );
}

/** The three checks, on the smallest and the largest size measured. */
export function printChecks(results: readonly SizeResult[]): boolean {
  const smallest = results[0];
  const largest = results.at(-1)!;
  const growth = p99(largest.streamReads.store) / p99(smallest.streamReads.store);
  const replay = replayRate(largest, 'store') / replayRate(largest, 'raw');
  const concurrent = largest.concurrentAppend;
  const append = eventsPerSecond(concurrent.store) / eventsPerSecond(concurrent.raw);
  const checks = [
    {
      name:
        `(a) stream read p99 at ${thousands(largest.size)} commits ≤ ` +
        `${TARGETS.streamReadGrowth} × p99 at ${thousands(smallest.size)}`,
      figures: `${ms(p99(largest.streamReads.store))} ms vs ${ms(p99(smallest.streamReads.store))} ms: ${times(growth)}`,
      passed: growth <= TARGETS.streamReadGrowth,
    },
    {
      name: `(b) replay of ${thousands(largest.replay.commits)} commits ≥ ${percent(TARGETS.replayShare)} of the raw cursor`,
      figures: `${rate(replayRate(largest, 'store'))} vs ${rate(replayRate(largest, 'raw'))} events/s: ${percent(replay)}`,
      passed: replay >= TARGETS.replayShare,
    },
    {
      name:
        `(c) append, ${largest.writers} writers, at ${thousands(largest.size)} commits ≥ ` +
        `${percent(TARGETS.concurrentAppendShare)} of raw inserts`,
      figures: `${rate(eventsPerSecond(concurrent.store))} vs ${rate(eventsPerSecond(concurrent.raw))} appends/s: ${percent(append)}`,
      passed: append >= TARGETS.concurrentAppendShare,
    },
  ];
  console.log('\nChecks');
  for (const check of checks) {
    console.log(`  ${check.passed ? 'PASS' : 'FAIL'}  ${check.name}: ${check.figures}`);
  }
  if (results.length === 1) console.log('  (one size only: check (a) compares it with itself)');
  return checks.every((check) => check.passed);
}
