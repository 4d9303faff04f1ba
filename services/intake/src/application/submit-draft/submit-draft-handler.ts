import type { SubmissionStreams, WriteResult } from '../submission-streams';
import type { SubmitDraftCommand } from './submit-draft-command';

export class SubmitDraftHandler {
  constructor(private readonly streams: SubmissionStreams) {}

  execute({ submissionId, metadata, expectedVersion }: SubmitDraftCommand): Promise<WriteResult> {
    return this.streams.execute(
      { kind: 'submit-draft', submissionId, actor: metadata.actor },
      metadata,
      expectedVersion,
    );
  }
}
