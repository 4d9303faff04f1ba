import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventEnvelope } from '@opinion/contracts';
import { KafkaController } from '@opinion/messaging';
import { RecordTimelineEntryHandler } from '../../application/timeline/record-timeline-entry-handler';

/** Every event that concerns an item, from intake, editorial and triage, onto its timeline. */
@KafkaController('timeline')
export class TimelineConsumer {
  constructor(private readonly recordEntry: RecordTimelineEntryHandler) {}

  @EventPattern(['opinion.submission.*', 'opinion.screening.*', 'opinion.triage.*'])
  async record(@Payload() event: EventEnvelope): Promise<void> {
    await this.recordEntry.execute(event);
  }
}
