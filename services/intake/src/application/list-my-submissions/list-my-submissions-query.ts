import type { Actor } from '@opinion/contracts';

export interface ListMySubmissionsQuery {
  /** Whose items; members may only ask for their own. */
  submitter: string;
  actor: Actor;
  limit: number;
}
