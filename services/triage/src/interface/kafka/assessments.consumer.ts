import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventEnvelope } from '@opinion/contracts';
import { KafkaController } from '@opinion/messaging';
import { AssessmentsFeed } from '../../application/assessments-feed';

/** Triage's own published events fold the `triage_assessments` read model. */
@KafkaController('assessments')
export class AssessmentsConsumer {
  constructor(private readonly feed: AssessmentsFeed) {}

  @EventPattern('opinion.triage.*')
  async apply(@Payload() event: EventEnvelope): Promise<void> {
    await this.feed.apply([event]);
  }
}
