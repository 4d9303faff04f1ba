import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventEnvelope } from '@opinion/contracts';
import { KafkaController } from '@opinion/messaging';
import { MySubmissionsFeed } from '../../application/list-my-submissions/my-submissions-feed';

/** Intake's own published events keep "my items" up to date. */
@KafkaController('my-submissions')
export class MySubmissionsConsumer {
  constructor(private readonly feed: MySubmissionsFeed) {}

  @EventPattern('opinion.submission.*')
  async apply(@Payload() event: EventEnvelope): Promise<void> {
    await this.feed.apply([event]);
  }
}
