import type { AppendResult } from './append-bench';
import type { AppendProfile } from './append-profile';
import type { ReplayResult } from './replay-bench';
import { latencySummary, perSecond, type Timings } from './stats';

const APPEND_TARGET = 0.3;
const REPLAY_TARGET = 0.5;

const round = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const ms = (summary: Record<string, number>) =>
  `${round(summary.p50)} / ${round(summary.p95)} / ${round(summary.p99)} ms`;
const verdict = (ratio: number, target: number) =>
  `${(ratio * 100).toFixed(1)}% (target ≥ ${target * 100}%: ${ratio >= target ? 'met' : 'MISSED'})`;
const rate = (timings: Timings) => perSecond(timings.events, timings.seconds);

export function printAppend(writers: number, result: AppendResult): void {
  const store = rate(result.store);
  const raw = rate(result.raw);
  console.log(`\nAppend, ${writers} writer(s), ${result.store.operations} single-event appends`);
  console.log(
    `  store      ${round(store)} events/s, p50/p95/p99 ${ms(latencySummary(result.store.latenciesMs))}`,
  );
  console.log(
    `  raw insert ${round(raw)} events/s, p50/p95/p99 ${ms(latencySummary(result.raw.latenciesMs))}`,
  );
  console.log(`  store/raw  ${verdict(store / raw, APPEND_TARGET)}`);
  console.log(`  spurious version conflicts retried: ${result.spuriousConflicts}`);
}

export function printAppendProfile(profile: AppendProfile): void {
  console.log(`\nWhere an append's time goes (collection of ${profile.commits} commits)`);
  console.log(
    `  head() read        ${ms(profile.headMs)} (filter pushdown: ${String(profile.headFilterPushdown)})`,
  );
  console.log(`  counter $inc       ${ms(profile.counterIncMs)}`);
  console.log(`  ping (round trip)  ${ms(profile.pingMs)}`);
  const { increments, distinctValues, finalValue } = profile.counter;
  console.log(
    `  concurrent $inc: ${increments} increments gave ${distinctValues} distinct values, counter ends at ${finalValue}`,
  );
}

export function printReplay(result: ReplayResult): void {
  const replay = perSecond(result.events, result.rebuildSeconds);
  const raw = perSecond(result.rawEvents, result.rawSeconds);
  console.log(
    `\nReplay, ${result.events} events in ${result.commits} commits (seeded in ${round(result.seedSeconds)} s)`,
  );
  console.log(
    `  rebuild    ${round(replay)} events/s (${round(result.rebuildSeconds)} s: readAll ${round(result.readAllSeconds)} s in ${result.pages} calls, apply ${round(result.applySeconds)} s)`,
  );
  console.log(`  raw cursor ${round(raw)} events/s (${round(result.rawSeconds)} s)`);
  console.log(`  replay/raw ${verdict(replay / raw, REPLAY_TARGET)}`);
}
