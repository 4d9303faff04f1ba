import type { EventMetadata } from '@opinion/contracts';
import { mayRequestRetraining, TriageRuleError } from '../../domain/triage-errors';
import type { RetrainRequests } from '../ports';

/** POST /triage/models/retrain: queue a retraining now instead of waiting for the night. */
export class RequestRetrainHandler {
  constructor(private readonly requests: RetrainRequests) {}

  async execute({ orgId, metadata }: { orgId: string | null; metadata: EventMetadata }) {
    if (!mayRequestRetraining(metadata.actor.role)) {
      throw new TriageRuleError('forbidden', 'only editors and administrators retrain models');
    }
    const jobId = await this.requests.enqueue({
      orgId,
      trigger: 'manual',
      requestedBy: metadata.actor.userId,
    });
    return { jobId, orgId };
  }
}
