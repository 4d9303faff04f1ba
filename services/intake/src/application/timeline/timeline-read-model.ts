import type { TimelineEntry } from '@opinion/contracts';

/** Each item's timeline: entries added once per event id, answered in no particular order. */
export interface TimelineReadModel {
  /** Adds the entry unless the item's timeline already has its event id. */
  add(itemId: string, entry: TimelineEntry): Promise<void>;
  entriesOf(itemId: string): Promise<TimelineEntry[]>;
}
