import { mayView, SubmissionRuleError, type SubmissionState } from '../../domain';
import type { SubmissionStreams } from '../submission-streams';
import type { GetSubmissionQuery } from './get-submission-query';

export interface SubmissionView {
  submissionId: string;
  version: number;
  submission: SubmissionState;
}

/** Reads the stream itself, not a read model, so the version is current and fit for If-Match. */
export class GetSubmissionHandler {
  constructor(private readonly streams: SubmissionStreams) {}

  async execute({ submissionId, actor }: GetSubmissionQuery): Promise<SubmissionView> {
    const { state, version } = await this.streams.load(submissionId);
    if (version === 0) throw new SubmissionRuleError('not-found', 'no such submission');
    if (!mayView(state, actor)) {
      throw new SubmissionRuleError('forbidden', 'not a submission of yours');
    }
    return { submissionId, version, submission: state };
  }
}
