import { SubmissionRuleError } from '../../domain';
import type { GetSubmissionHandler } from '../get-submission/get-submission-handler';
import type { CompareRevisionsQuery } from './compare-revisions-query';
import { revisionChanges, type FieldChange } from './revision-changes';

export interface RevisionRef {
  revision: number;
  at: string;
  note?: string;
}

export interface RevisionComparison {
  submissionId: string;
  from: RevisionRef;
  to: RevisionRef;
  changes: FieldChange[];
}

/**
 * What a revision changed (退回修改后的对比): an editor sees what the member did with the comments,
 * a member what they sent. Whoever may read the item may compare its revisions.
 */
export class CompareRevisionsHandler {
  constructor(private readonly submissions: GetSubmissionHandler) {}

  async execute({
    submissionId,
    actor,
    from,
    to,
  }: CompareRevisionsQuery): Promise<RevisionComparison> {
    const { revisions } = (await this.submissions.execute({ submissionId, actor })).submission;
    const newer = to ?? revisions.length;
    const older = from ?? newer - 1;
    const [before, after] = [revisions[older - 1], revisions[newer - 1]];
    if (revisions.length < 2) {
      throw new SubmissionRuleError('not-found', 'the item has not been revised');
    }
    if (!before || !after || older >= newer) {
      throw new SubmissionRuleError(
        'not-found',
        `no such revisions: the item has revisions 1 to ${revisions.length}`,
      );
    }
    const ref = ({ revision, at, note }: typeof after): RevisionRef => ({
      revision,
      at,
      ...(note && { note }),
    });
    return {
      submissionId,
      from: ref(before),
      to: ref(after),
      changes: revisionChanges(before.content, after.content),
    };
  }
}
