import type { TimelineEntry } from '@opinion/contracts';
import { conditionIndex } from '@opinion/projections';
import type { Collection, Connection } from 'mongoose';
import type { TimelineReadModel } from '../application/timeline/timeline-read-model';
import { isDuplicateKey } from './mongo-errors';

const COLLECTION = 'intake_timelines';
const MAX_ATTEMPTS = 10;

interface TimelineDocument {
  _id: string;
  /** Raised by every write; a write is conditional on the version it read. */
  version: number;
  entries: TimelineEntry[];
}

/**
 * One document per item (`_id` = its id), its entries in arrival order. Adding reads the
 * document, skips an event id it holds, and writes it back only if no one wrote in between
 * (insert for a new item, replace conditional on the version otherwise), reading again after a
 * lost race. The conditional replace is a real guard on
 * MongoDB and SecantusDB, so several intake processes may write one timeline.
 */
export class MongoTimelines implements TimelineReadModel {
  private readonly documents: Collection<TimelineDocument>;
  private readonly conditionIndexed: () => Promise<void>;

  constructor(connection: Connection) {
    this.documents = connection.collection<TimelineDocument>(COLLECTION);
    this.conditionIndexed = conditionIndex(this.documents, { _id: 1, version: 1 });
  }

  async add(itemId: string, entry: TimelineEntry): Promise<void> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const current = await this.documents.findOne({ _id: itemId });
      if (current?.entries.some((stored) => stored.eventId === entry.eventId)) return;
      if (await this.write(itemId, current, entry)) return;
    }
    throw new Error(`timeline of ${itemId}: lost ${MAX_ATTEMPTS} races in a row`);
  }

  async entriesOf(itemId: string): Promise<TimelineEntry[]> {
    return (await this.documents.findOne({ _id: itemId }))?.entries ?? [];
  }

  /** False when another writer got there first: read again. */
  private async write(
    itemId: string,
    current: TimelineDocument | null,
    entry: TimelineEntry,
  ): Promise<boolean> {
    if (!current) {
      try {
        await this.documents.insertOne({ _id: itemId, version: 1, entries: [entry] });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    }
    await this.conditionIndexed();
    const replaced = await this.documents.replaceOne(
      { _id: itemId, version: current.version },
      { version: current.version + 1, entries: [...current.entries, entry] },
    );
    return replaced.matchedCount === 1;
  }
}
