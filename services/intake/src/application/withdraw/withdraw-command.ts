import type { EventMetadata, WithdrawRequest } from '@opinion/contracts';

/** 撤回: a submitter takes the item back before it is accepted. */
export interface WithdrawCommand {
  submissionId: string;
  request: WithdrawRequest;
  metadata: EventMetadata;
  expectedVersion?: number;
}
