import { TriageRuleError } from '../../domain/triage-errors';
import type { AssessmentsReadModel } from '../ports';

/** GET /triage/items/:itemId: the item's triage from the read model, with its cluster's size. */
export class GetItemHandler {
  constructor(private readonly assessments: AssessmentsReadModel) {}

  async execute({ itemId }: { itemId: string }) {
    const found = await this.assessments.find(itemId);
    const view = found?.view;
    if (!found || !view?.clusterId)
      throw new TriageRuleError('not-found', `item ${itemId} is not assessed`);
    const { correction, classification, label, duplicateOf, similarity, repeats, clusterId } = view;
    return {
      itemId,
      orgId: view.orgId,
      submittedAt: view.submittedAt,
      label,
      confidence: classification?.confidence ?? null,
      top: classification?.top ?? [],
      modelId: classification?.modelId ?? null,
      correction,
      duplicateOf,
      similarity,
      repeats,
      cluster: { clusterId, size: await this.assessments.clusterSize(clusterId) },
      version: found.version,
    };
  }
}
