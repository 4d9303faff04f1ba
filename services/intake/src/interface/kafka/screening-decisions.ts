import {
  SCREENING_EVENTS,
  type EventEnvelope,
  type ScreeningMerged,
  type ScreeningNotUsed,
  type ScreeningReturned,
} from '@opinion/contracts';
import { PermanentError, type EventHandler } from '@opinion/messaging';
import type { RecordScreeningCommand } from '../../application/record-screening/record-screening-command';
import type { RecordScreeningHandler } from '../../application/record-screening/record-screening-handler';
import { SubmissionRuleError } from '../../domain';

type Decision = RecordScreeningCommand['decision'];

function decisionOf(event: EventEnvelope): Decision | null {
  const screeningEventId = event.eventId;
  switch (event.type) {
    case SCREENING_EVENTS.returned:
      return {
        outcome: 'returned',
        comments: (event.data as ScreeningReturned).comments,
        screeningEventId,
      };
    case SCREENING_EVENTS.accepted:
      return { outcome: 'accepted', screeningEventId };
    case SCREENING_EVENTS.notUsed:
      return {
        outcome: 'not-used',
        reason: (event.data as ScreeningNotUsed).reason,
        screeningEventId,
      };
    case SCREENING_EVENTS.merged:
      return {
        outcome: 'merged',
        intoSubmissionId: (event.data as ScreeningMerged).intoSubmissionId,
        screeningEventId,
      };
    default:
      return null;
  }
}

/**
 * Records the editorial service's screening decisions on the submissions they concern. A rule
 * the decision breaks (the item was withdrawn meanwhile) cannot be fixed by retrying: the message
 * goes to the dead-letter topic for someone to look at.
 */
export function screeningDecisionHandler(handler: RecordScreeningHandler): EventHandler {
  return async (event) => {
    const decision = decisionOf(event);
    if (!decision) return;
    try {
      await handler.execute({
        submissionId: (event.data as { submissionId: string }).submissionId,
        decision,
        metadata: {
          actor: event.actor,
          correlationId: event.correlationId,
          causationId: event.eventId,
        },
      });
    } catch (error) {
      if (error instanceof SubmissionRuleError)
        throw new PermanentError(error.message, { cause: error });
      throw error;
    }
  };
}
