import { EventPattern, Payload } from '@nestjs/microservices';
import type { EventEnvelope } from '@opinion/contracts';
import { KafkaController } from '@opinion/messaging';
import { IdentityReadModels } from '../../application/identity-streams';
import { SubmissionsFeed } from '../../application/ports/submission-read-model';

/**
 * Keeps the gateway's read models up to date: intake's submissions, and the gateway's own
 * identity events, which were applied when appended already: these deliveries repair a crash in
 * between. One consumer group for both topics, as it always was (its offsets carry over).
 */
@KafkaController('read-models')
export class ReadModelsConsumer {
  constructor(
    private readonly identity: IdentityReadModels,
    private readonly submissions: SubmissionsFeed,
  ) {}

  @EventPattern('opinion.identity.*')
  async applyIdentity(@Payload() event: EventEnvelope): Promise<void> {
    await this.identity.apply([event]);
  }

  @EventPattern('opinion.submission.*')
  async applySubmission(@Payload() event: EventEnvelope): Promise<void> {
    await this.submissions.apply([event]);
  }
}
