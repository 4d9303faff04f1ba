/** One event as stored inside its commit. */
export interface StoredEvent {
  eventId: string;
  type: string;
  version: number;
  streamPosition: number;
  actor: { userId: string; role: string; orgId: string };
  correlationId: string;
  causationId: string | null;
  data: unknown;
}

/**
 * All events of one append, in one document: a single document is written atomically, so a
 * command's events are stored all or none. `position` is the commit's place in the global log,
 * shared by its events; `_id` is the driver's.
 */
export interface CommitDocument {
  position: number;
  streamId: string;
  category: string;
  fromPosition: number;
  toPosition: number;
  recordedAt: Date;
  events: StoredEvent[];
}
