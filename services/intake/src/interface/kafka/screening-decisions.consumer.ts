import { EventPattern, Payload } from '@nestjs/microservices';
import {
  SCREENING_EVENTS,
  type EventEnvelope,
  type ScreeningMerged,
  type ScreeningNotUsed,
  type ScreeningReturned,
} from '@opinion/contracts';
import { KafkaController, PermanentError } from '@opinion/messaging';
import type { RecordScreeningCommand } from '../../application/record-screening/record-screening-command';
import { RecordScreeningHandler } from '../../application/record-screening/record-screening-handler';
import { SubmissionRuleError } from '../../domain';

type Decision = RecordScreeningCommand['decision'];

const DECISIONS: Record<string, (event: EventEnvelope) => Decision> = {
  [SCREENING_EVENTS.returned]: (event) => ({
    outcome: 'returned',
    comments: (event.data as ScreeningReturned).comments,
    screeningEventId: event.eventId,
  }),
  [SCREENING_EVENTS.accepted]: (event) => ({
    outcome: 'accepted',
    screeningEventId: event.eventId,
  }),
  [SCREENING_EVENTS.notUsed]: (event) => ({
    outcome: 'not-used',
    reason: (event.data as ScreeningNotUsed).reason,
    screeningEventId: event.eventId,
  }),
  [SCREENING_EVENTS.merged]: (event) => ({
    outcome: 'merged',
    intoSubmissionId: (event.data as ScreeningMerged).intoSubmissionId,
    screeningEventId: event.eventId,
  }),
};

/**
 * Records the editorial service's screening decisions on the submissions they concern. A rule
 * the decision breaks (the item was withdrawn meanwhile) cannot be fixed by retrying: the message
 * goes to the dead-letter topic for someone to look at.
 */
@KafkaController('screening')
export class ScreeningDecisionsConsumer {
  constructor(private readonly recordScreening: RecordScreeningHandler) {}

  @EventPattern(Object.keys(DECISIONS))
  async record(@Payload() event: EventEnvelope): Promise<void> {
    try {
      await this.recordScreening.execute({
        submissionId: (event.data as { submissionId: string }).submissionId,
        decision: DECISIONS[event.type](event),
        metadata: {
          actor: event.actor,
          correlationId: event.correlationId,
          causationId: event.eventId,
        },
      });
    } catch (error) {
      if (error instanceof SubmissionRuleError) {
        throw new PermanentError(error.message, { cause: error });
      }
      throw error;
    }
  }
}
