import { infrastructureEnvSchema, loadConfig } from '@opinion/config';
import { z } from 'zod';

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);

// Sizes fit a short run on 2 cores (see README.md).
const benchEnvSchema = infrastructureEnvSchema.extend({
  /** Submissions through the gateway; the bare-append baseline makes as many appends. */
  BENCH_INTAKE_SUBMISSIONS: count(300),
  BENCH_INTAKE_CLIENTS: count(50),
  /** Distinct members signed in (argon2 makes each one cost ~0.3 s); client c is member c mod this. */
  BENCH_INTAKE_MEMBERS: count(10),
  /** Samples of each one-at-a-time probe (where a single request's time goes). */
  BENCH_INTAKE_PROBES: count(20),
  /** The 2020 泰迪杯 problem C data, read in place; synthetic items when it is absent. */
  TIPDM_DATA: z.string().optional(),
});

export type IntakeBenchSettings = z.infer<typeof benchEnvSchema>;

export const benchSettings = (): IntakeBenchSettings => loadConfig(benchEnvSchema);
