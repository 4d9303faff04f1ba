import type { EventMetadata, ProposalConversionRequest } from '@opinion/contracts';

/** 提案转社情民意: an editor turns a proposal that did not qualify into an item. */
export interface ConvertProposalCommand {
  request: ProposalConversionRequest;
  metadata: EventMetadata;
  idempotencyKey?: string;
}
