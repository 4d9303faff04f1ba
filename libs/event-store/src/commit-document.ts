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
 * All events of one append, in one document: MongoDB (and FerretDB, without transactions)
 * writes a single document atomically, so a command's events are stored all or none. The `_id`
 * is the commit's global position, shared by its events.
 */
export interface CommitDocument {
  _id: number;
  streamId: string;
  category: string;
  fromPosition: number;
  toPosition: number;
  recordedAt: Date;
  published: boolean;
  events: StoredEvent[];
}
