import type { EventHandler } from '@opinion/messaging';
import { timelineEntryOf } from '../../application/timeline/timeline-entry';
import type { TimelineReadModel } from '../../application/timeline/timeline-read-model';

/** Adds every event that concerns an item, from any service's topic, to that item's timeline. */
export function timelineEventsHandler(timelines: TimelineReadModel): EventHandler {
  return async (event) => {
    const found = timelineEntryOf(event);
    if (found) await timelines.add(found.itemId, found.entry);
  };
}
