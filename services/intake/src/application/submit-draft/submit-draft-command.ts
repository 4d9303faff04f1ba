import type { EventMetadata } from '@opinion/contracts';

/** 提交草稿: submits the saved draft once it is complete. */
export interface SubmitDraftCommand {
  submissionId: string;
  metadata: EventMetadata;
  expectedVersion?: number;
}
