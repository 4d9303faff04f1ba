import { EventPattern, Payload } from '@nestjs/microservices';
import {
  SUBMISSION_EVENTS,
  type EventEnvelope,
  type EventMetadata,
  type Revised,
  type Submitted,
} from '@opinion/contracts';
import { KafkaController } from '@opinion/messaging';
import { AssessItemHandler } from '../../application/assess-item/assess-item-handler';
import { ReclassifyItemHandler } from '../../application/reclassify-item/reclassify-item-handler';
import { SubmissionEventOutcomes } from '../../application/submission-event-outcomes';
import { itemText } from '../../domain/item-text';

/** Triage's own events are caused by the submission event they answer. */
const causedBy = (event: EventEnvelope): EventMetadata => ({
  actor: { userId: 'triage', role: 'system', orgId: event.actor.orgId },
  correlationId: event.correlationId,
  causationId: event.eventId,
});

const IGNORED = Object.values(SUBMISSION_EVENTS).filter(
  (type) => type !== SUBMISSION_EVENTS.submitted && type !== SUBMISSION_EVENTS.revised,
);

/**
 * Intake's submission events: submitted → assess; revised → classify again; withdrawn and the
 * others → nothing (a withdrawn item stays in the index: its text was reported, and arrival order
 * must not change). Each is counted with what became of it.
 */
@KafkaController('assess')
export class AssessConsumer {
  constructor(
    private readonly assessItem: AssessItemHandler,
    private readonly reclassifyItem: ReclassifyItemHandler,
    private readonly outcomes: SubmissionEventOutcomes,
  ) {}

  @EventPattern(SUBMISSION_EVENTS.submitted)
  async assess(@Payload() event: EventEnvelope): Promise<void> {
    const { submissionId, content } = event.data as Submitted;
    const outcome = await this.assessItem.execute({
      itemId: submissionId,
      orgId: event.actor.orgId,
      submittedAt: event.occurredAt,
      text: itemText(content),
      metadata: causedBy(event),
    });
    this.outcomes.submissionEventHandled(event.type, outcome);
  }

  @EventPattern(SUBMISSION_EVENTS.revised)
  async reclassify(@Payload() event: EventEnvelope): Promise<void> {
    const { submissionId, revision, content } = event.data as Revised;
    const outcome = await this.reclassifyItem.execute({
      itemId: submissionId,
      revision,
      text: itemText(content),
      metadata: causedBy(event),
    });
    this.outcomes.submissionEventHandled(event.type, outcome);
  }

  @EventPattern(IGNORED)
  ignore(@Payload() event: EventEnvelope): void {
    this.outcomes.submissionEventHandled(event.type, 'ignored');
  }
}
