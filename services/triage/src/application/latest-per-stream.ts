import type { EventEnvelope } from '@opinion/contracts';
import type { EventStorePort } from '@opinion/event-store';

/** The last event of every stream of some categories, read in pages of the global log. */
export async function latestPerStream(
  store: EventStorePort,
  categories: readonly string[],
): Promise<EventEnvelope[]> {
  const latest = new Map<string, EventEnvelope>();
  for (let from = 1; ;) {
    const page = await store.readAll(from, 1_000, { categories });
    if (page.length === 0) break;
    for (const event of page) latest.set(event.streamId, event);
    from = page[page.length - 1].globalPosition! + 1;
  }
  return [...latest.values()];
}
