import { EventPattern, Payload } from '@nestjs/microservices';
import type { EventEnvelope } from '@opinion/contracts';
import { KafkaController } from '@opinion/messaging';
import { IdentityReadModels } from '../../application/identity-streams';
import { SubmissionsFeed } from '../../application/ports/submission-read-model';

/**
 * Keeps the gateway's read models up to date: intake's submissions, triage's answer about each
 * (folded beside the item, for the inbox), and the gateway's own identity events, which were
 * applied when appended already: these deliveries repair a crash in between. One consumer group
 * for the three topics, as it always was (its offsets carry over; the triage topic is new to it
 * and read from the start by KAFKA_CONSUMER_START).
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

  /** Triage's item streams; its model and taxonomy events pass by (the feed ignores them). */
  @EventPattern('opinion.triage.*')
  async applyTriage(@Payload() event: EventEnvelope): Promise<void> {
    await this.submissions.apply([event]);
  }
}
