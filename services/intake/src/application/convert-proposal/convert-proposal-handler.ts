import { createSubmission, type CreateResult } from '../create-submission';
import type { IdempotencyKeys } from '../idempotency';
import type { SubmissionStreams } from '../submission-streams';
import type { ConvertProposalCommand } from './convert-proposal-command';

export class ConvertProposalHandler {
  constructor(
    private readonly streams: SubmissionStreams,
    private readonly keys: IdempotencyKeys,
  ) {}

  execute({ request, metadata, idempotencyKey }: ConvertProposalCommand): Promise<CreateResult> {
    const { proposal, ...content } = request;
    return createSubmission(
      this.streams,
      this.keys,
      { useCase: 'convert-proposal', request, metadata, idempotencyKey },
      (submissionId) => ({
        kind: 'convert-proposal',
        submissionId,
        actor: metadata.actor,
        proposal,
        content,
      }),
    );
  }
}
