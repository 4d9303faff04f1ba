/** Latencies of single operations, in milliseconds, and the wall time they took together. */
export interface Timings {
  operations: number;
  events: number;
  seconds: number;
  latenciesMs: number[];
}

export const perSecond = (count: number, seconds: number): number => count / seconds;

export function percentile(sortedMs: readonly number[], p: number): number {
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)];
}

export function latencySummary(latenciesMs: readonly number[]): Record<string, number> {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/** Runs `operation` and returns how long it took, in milliseconds. */
export async function timed(operation: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await operation();
  return performance.now() - start;
}

/** Runs one loop per worker concurrently, each recording its own latencies. */
export async function runWorkers(
  workers: number,
  loop: (worker: number, record: (ms: number) => void) => Promise<void>,
): Promise<{ seconds: number; latenciesMs: number[] }> {
  const latenciesMs: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: workers }, (_, worker) => loop(worker, (ms) => latenciesMs.push(ms))),
  );
  return { seconds: (performance.now() - start) / 1000, latenciesMs };
}
