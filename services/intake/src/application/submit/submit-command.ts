import type { EventMetadata, SubmitRequest } from '@opinion/contracts';

/** 报送: a complete item from one person, directly or as one row of a bulk import. */
export interface SubmitCommand {
  request: SubmitRequest;
  metadata: EventMetadata;
  idempotencyKey?: string;
}
