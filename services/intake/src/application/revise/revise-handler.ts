import type { SubmissionStreams, WriteResult } from '../submission-streams';
import type { ReviseCommand } from './revise-command';

export class ReviseHandler {
  constructor(private readonly streams: SubmissionStreams) {}

  execute({
    submissionId,
    request,
    metadata,
    expectedVersion,
  }: ReviseCommand): Promise<WriteResult> {
    const { note, ...content } = request;
    return this.streams.execute(
      { kind: 'revise', submissionId, actor: metadata.actor, content, ...(note && { note }) },
      metadata,
      expectedVersion,
    );
  }
}
