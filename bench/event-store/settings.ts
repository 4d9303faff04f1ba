import { infrastructureEnvSchema, loadConfig } from '@opinion/config';
import { z } from 'zod';

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);

// Sizes fit a 20–60 s run on FerretDB v1/SQLite, where the store's reads scan the whole collection.
const benchEnvSchema = infrastructureEnvSchema.extend({
  BENCH_SINGLE_WRITER_APPENDS: count(300),
  BENCH_APPENDS_PER_WRITER: count(40),
  BENCH_WRITERS: count(8),
  BENCH_EVENTS_PER_STREAM: count(5),
  BENCH_REPLAY_STREAMS: count(300),
  BENCH_REPLAY_EVENTS_PER_STREAM: count(10),
});

export type BenchSettings = z.infer<typeof benchEnvSchema>;

export const benchSettings = (): BenchSettings => loadConfig(benchEnvSchema);
