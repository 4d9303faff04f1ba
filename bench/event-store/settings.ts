import { infrastructureEnvSchema, loadConfig } from '@opinion/config';
import { z } from 'zod';

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** A comma-separated list of log sizes, measured in rising order. */
const sizes = z
  .string()
  .default('1000,10000,100000')
  .transform((list, context) => {
    const parsed = list.split(',').map((item) => Number(item.trim()));
    if (parsed.some((size) => !Number.isInteger(size) || size <= 0)) {
      context.addIssue({ code: 'custom', message: 'must be positive integers, comma-separated' });
      return z.NEVER;
    }
    return [...new Set(parsed)].sort((a, b) => a - b);
  });

// The defaults run in about 15 minutes on 2 cores against SecantusDB (see README.md).
const benchEnvSchema = infrastructureEnvSchema.extend({
  /** Commits in the log when each size is measured. */
  BENCH_SIZES: sizes,
  BENCH_SINGLE_WRITER_APPENDS: count(300),
  BENCH_WRITERS: count(8),
  BENCH_APPENDS_PER_WRITER: count(60),
  /** Single-event appends per stream: one `no_stream`, then each at the previous version. */
  BENCH_EVENTS_PER_STREAM: count(5),
  BENCH_STREAM_READS: count(200),
  BENCH_HEADS: count(200),
  /** Commits per page of the replay. */
  BENCH_REPLAY_PAGE: count(1000),
  /** Approximate BSON size of one commit document (one event of Chinese text). */
  BENCH_COMMIT_BYTES: count(1200),
});

export type BenchSettings = z.infer<typeof benchEnvSchema>;

export const benchSettings = (): BenchSettings => loadConfig(benchEnvSchema);
