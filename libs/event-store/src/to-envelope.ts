import type { CommitDocument, StoredEvent } from './commit-document';

/** The envelope of one stored event, as written (not yet validated or upcast). */
export function toEnvelope(commit: CommitDocument, event: StoredEvent): Record<string, unknown> {
  return {
    eventId: event.eventId,
    type: event.type,
    version: event.version,
    streamId: commit.streamId,
    streamPosition: event.streamPosition,
    globalPosition: commit.position,
    occurredAt: commit.recordedAt.toISOString(),
    actor: event.actor,
    correlationId: event.correlationId,
    causationId: event.causationId,
    data: event.data,
  };
}
