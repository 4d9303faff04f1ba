import type { EventMetadata, SaveDraftRequest } from '@opinion/contracts';

/** 保存草稿: starts a draft (no id yet) or replaces the saved one. */
export interface SaveDraftCommand {
  submissionId?: string;
  request: SaveDraftRequest;
  metadata: EventMetadata;
  expectedVersion?: number;
  idempotencyKey?: string;
}
