import { createSubmission, type CreateResult } from '../create-submission';
import type { IdempotencyKeys } from '../idempotency';
import type { SubmissionStreams } from '../submission-streams';
import type { SubmitCommand } from './submit-command';

export class SubmitHandler {
  constructor(
    private readonly streams: SubmissionStreams,
    private readonly keys: IdempotencyKeys,
  ) {}

  execute({ request, metadata, idempotencyKey }: SubmitCommand): Promise<CreateResult> {
    const { sourceType, ...content } = request;
    return createSubmission(
      this.streams,
      this.keys,
      { useCase: 'submit', request, metadata, idempotencyKey },
      (submissionId) => ({
        kind: 'submit',
        submissionId,
        actor: metadata.actor,
        sourceType,
        content,
      }),
    );
  }
}
