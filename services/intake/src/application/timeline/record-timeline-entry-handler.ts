import type { EventEnvelope } from '@opinion/contracts';
import { timelineEntryOf } from './timeline-entry';
import type { TimelineReadModel } from './timeline-read-model';

/** Adds an event that concerns an item, from any service, to that item's timeline (once). */
export class RecordTimelineEntryHandler {
  constructor(private readonly timelines: TimelineReadModel) {}

  /** Whether the event belongs on a timeline. */
  async execute(event: EventEnvelope): Promise<boolean> {
    const found = timelineEntryOf(event);
    if (!found) return false;
    await this.timelines.add(found.itemId, found.entry);
    return true;
  }
}
