import type { EventMetadata, ReviseRequest } from '@opinion/contracts';

/** 修改后重新报送: a new revision of an item the editors returned. */
export interface ReviseCommand {
  submissionId: string;
  request: ReviseRequest;
  metadata: EventMetadata;
  expectedVersion?: number;
}
