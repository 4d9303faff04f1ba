import type { SubmissionCommand } from '../../domain';
import { createSubmission, type CreateResult } from '../create-submission';
import type { IdempotencyKeys } from '../idempotency';
import type { SubmissionStreams, WriteResult } from '../submission-streams';
import type { SaveDraftCommand } from './save-draft-command';

export class SaveDraftHandler {
  constructor(
    private readonly streams: SubmissionStreams,
    private readonly keys: IdempotencyKeys,
  ) {}

  /** A new draft answers whether it was created now (CreateResult); a saved one its version. */
  execute(command: SaveDraftCommand): Promise<WriteResult | CreateResult> {
    const { submissionId, request, metadata } = command;
    const { sourceType, ...content } = request;
    const build = (id: string): SubmissionCommand => ({
      kind: 'save-draft',
      submissionId: id,
      actor: metadata.actor,
      ...(sourceType && { sourceType }),
      content,
    });
    if (submissionId) {
      return this.streams.execute(build(submissionId), metadata, command.expectedVersion);
    }
    return createSubmission(
      this.streams,
      this.keys,
      { useCase: 'save-draft', request, metadata, idempotencyKey: command.idempotencyKey },
      build,
    );
  }
}
