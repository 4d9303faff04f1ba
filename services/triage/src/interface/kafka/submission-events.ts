import {
  SUBMISSION_EVENTS,
  type EventEnvelope,
  type EventMetadata,
  type Revised,
  type Submitted,
} from '@opinion/contracts';
import type { EventHandler } from '@opinion/messaging';
import type { AssessItemHandler } from '../../application/assess-item/assess-item-handler';
import type { ReclassifyItemHandler } from '../../application/reclassify-item/reclassify-item-handler';
import { itemText } from '../../domain/item-text';

/** Triage's own events are caused by the submission event they answer. */
const causedBy = (event: EventEnvelope): EventMetadata => ({
  actor: { userId: 'triage', role: 'system', orgId: event.actor.orgId },
  correlationId: event.correlationId,
  causationId: event.eventId,
});

/**
 * Submitted → assess; revised → classify again; withdrawn and other events → nothing (a
 * withdrawn item stays in the index: its text was reported, and arrival order must not change).
 */
export function submissionEventsHandler(
  assess: AssessItemHandler,
  reclassify: ReclassifyItemHandler,
  count: (type: string, outcome: string) => void,
): EventHandler {
  return async (event) => {
    if (event.type === SUBMISSION_EVENTS.submitted) {
      const { submissionId, content } = event.data as Submitted;
      const outcome = await assess.execute({
        itemId: submissionId,
        orgId: event.actor.orgId,
        submittedAt: event.occurredAt,
        text: itemText(content),
        metadata: causedBy(event),
      });
      count(event.type, outcome);
    } else if (event.type === SUBMISSION_EVENTS.revised) {
      const { submissionId, revision, content } = event.data as Revised;
      const outcome = await reclassify.execute({
        itemId: submissionId,
        revision,
        text: itemText(content),
        metadata: causedBy(event),
      });
      count(event.type, outcome);
    } else {
      count(event.type, 'ignored');
    }
  };
}
