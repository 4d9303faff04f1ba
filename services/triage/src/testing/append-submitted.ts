import { newId, SUBMISSION_EVENTS, type EventMetadata, type Submitted } from '@opinion/contracts';
import type { EventStore } from '@opinion/event-store';

/** Stands in for intake in triage's tests: a member's item, submitted to its own stream. */
export async function appendSubmitted(
  intake: EventStore,
  content: Submitted['content'],
  metadata: EventMetadata,
): Promise<string> {
  const submissionId = newId();
  const data: Submitted = {
    submissionId,
    submitter: { userId: metadata.actor.userId },
    sourceType: 'member',
    origin: { kind: 'direct' },
    content,
  };
  await intake.append(
    `submission-${submissionId}`,
    'no_stream',
    [{ type: SUBMISSION_EVENTS.submitted, version: 1, data }],
    metadata,
  );
  return submissionId;
}
