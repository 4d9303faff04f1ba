import type { Probe } from '@opinion/testing';

/** One of the servers deploy/local installs and runs. */
export interface LocalServer {
  name: string;
  /** Where it listens, as clients reach it. */
  address: string;
  /** Installs what is missing into the per-machine cache; a no-op when it is all there. */
  install(): void;
  /** Starts the process in the background; returns its pid. */
  start(): number;
  /** Answers when the server serves real requests. */
  probe: Probe;
  /** How long a fresh start may take before it counts as failed. */
  startTimeoutMs: number;
}
