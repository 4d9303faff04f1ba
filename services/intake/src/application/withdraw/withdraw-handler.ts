import type { SubmissionStreams, WriteResult } from '../submission-streams';
import type { WithdrawCommand } from './withdraw-command';

export class WithdrawHandler {
  constructor(private readonly streams: SubmissionStreams) {}

  execute({
    submissionId,
    request,
    metadata,
    expectedVersion,
  }: WithdrawCommand): Promise<WriteResult> {
    return this.streams.execute(
      { kind: 'withdraw', submissionId, actor: metadata.actor, ...request },
      metadata,
      expectedVersion,
    );
  }
}
