import type { SubmissionStreams, WriteResult } from '../submission-streams';
import type { RecordScreeningCommand } from './record-screening-command';

export class RecordScreeningHandler {
  constructor(private readonly streams: SubmissionStreams) {}

  /** Null when this intake has no such item (the decision concerns another deployment's). */
  async execute({
    submissionId,
    decision,
    metadata,
  }: RecordScreeningCommand): Promise<WriteResult | null> {
    const { version } = await this.streams.load(submissionId);
    if (version === 0) return null;
    return this.streams.execute({ kind: 'record-screening', submissionId, decision }, metadata);
  }
}
