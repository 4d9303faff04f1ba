import { isStaff, SubmissionRuleError } from '../../domain';
import type { ListMySubmissionsQuery } from './list-my-submissions-query';
import type { MySubmissionsReadModel } from './my-submissions-read-model';
import type { SubmissionSummary } from './submission-summary';

export class ListMySubmissionsHandler {
  constructor(private readonly readModel: MySubmissionsReadModel) {}

  execute({ submitter, actor, limit }: ListMySubmissionsQuery): Promise<SubmissionSummary[]> {
    if (submitter !== actor.userId && !isStaff(actor)) {
      throw new SubmissionRuleError('forbidden', "only staff may list another person's items");
    }
    return this.readModel.listFor(submitter, limit);
  }
}
