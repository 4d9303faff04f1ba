import { infrastructureEnvSchema, loadConfig } from '@opinion/config';
import { z } from 'zod';

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);

// The defaults run in about 1.5 minutes on 2 cores (see README.md).
const benchEnvSchema = infrastructureEnvSchema.extend({
  /** Events produced to the topic before any consumer starts; every run consumes all of them. */
  BENCH_KAFKA_EVENTS: count(20_000),
  /** Distinct keys (stream ids) the events are spread over; the topic has 3 partitions. */
  BENCH_KAFKA_STREAMS: count(500),
  /**
   * Events of a second topic whose handler upserts one document per event into MongoDB (as the
   * read models do); 0 skips this part.
   */
  BENCH_KAFKA_WRITE_EVENTS: z.coerce.number().int().nonnegative().default(1_000),
  /** Runs of each consumer, alternating plain and Nest, each with a fresh consumer group. */
  BENCH_KAFKA_ROUNDS: count(5),
});

export type KafkaTransportBenchSettings = z.infer<typeof benchEnvSchema>;

export const benchSettings = (): KafkaTransportBenchSettings => loadConfig(benchEnvSchema);
