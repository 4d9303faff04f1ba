import { noteMetadata, noteRegistry, openTestDatabase } from '@opinion/testing';
import type { EventEnvelope } from '@opinion/contracts';
import { eventStoreModels, type EventStoreModels } from './commit-model';
import { VOID_CATEGORY } from './commit-log';
import { EventStore } from './event-store';

const written = (text: string) => ({ type: 'test.note.written', version: 1, data: { text } });

describe('following the log on the real MongoDB-wire server', () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let models: EventStoreModels;
  let store: EventStore;

  beforeAll(async () => {
    db = await openTestDatabase('commit-log');
    models = await eventStoreModels(db.connection, 'event_commits', { sealAfterMs: 300 });
    store = new EventStore(models, { registry: noteRegistry(), ownedCategories: ['note'] });
  });
  afterAll(() => db.drop());

  /** The first event of a new stream. */
  const startStream = (streamId: string, text: string) =>
    store.append(streamId, 'no_stream', [written(text)], noteMetadata);

  // 4,000 journaled appends: about a minute alone on this machine, more beside other suites.
  it('shows a reader following the log every commit of 8 writers exactly once, in stream order, while they write', async () => {
    const start = (await store.lastGlobalPosition()) + 1;
    let writing = true;
    const writers = Array.from({ length: 8 }, async (_, writer) => {
      for (let n = 0; n < 500; n += 1) {
        await store.append(
          `note-w${writer}-${n % 25}`,
          n < 25 ? 'no_stream' : Math.floor(n / 25),
          [written(`${writer}/${n}`)],
          noteMetadata,
        );
      }
    });
    const seen: EventEnvelope[] = [];
    const reader = (async () => {
      let from = start;
      for (;;) {
        const done = !writing;
        const page = await store.readAll(from, 100, { categories: ['note'] });
        if (page.length > 0) {
          seen.push(...page);
          from = page.at(-1)!.globalPosition! + 1;
        } else if (done) {
          return;
        } else {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
    })();
    await Promise.all(writers);
    writing = false;
    await reader;

    expect(seen).toHaveLength(4_000);
    expect(new Set(seen.map((event) => event.eventId)).size).toBe(4_000);
    const globals = seen.map((event) => event.globalPosition!);
    expect(globals).toEqual([...globals].sort((a, b) => a - b));
    const lastByStream = new Map<string, number>();
    for (const event of seen) {
      expect(event.streamPosition).toBe((lastByStream.get(event.streamId) ?? 0) + 1);
      lastByStream.set(event.streamId, event.streamPosition);
    }
  }, 300_000);

  it('seals a position whose writer never came, so a reader moves on without skipping', async () => {
    const abandoned = await models.counter.next();
    const { events } = await startStream('note-after-hole', 'x');
    expect(events[0].globalPosition).toBe(abandoned + 1);

    const page = await store.readAll(abandoned, 10);
    expect(page.map((event) => event.streamId)).toEqual(['note-after-hole']);
    const sealed = await models.commits.findOne({ position: abandoned }).lean();
    expect(sealed).toMatchObject({ category: VOID_CATEGORY, events: [] });
  });

  it('gives a writer whose position was sealed meanwhile the next one', async () => {
    const last = await store.lastGlobalPosition();
    // As a reader would, after the writer took `last + 1` and stalled before inserting.
    await models.log.seal(last + 1);
    const { events } = await startStream('note-late', 'late');
    expect(events[0].globalPosition).toBe(last + 2);
    expect((await store.readAll(last + 1, 10)).map((event) => event.streamId)).toEqual([
      'note-late',
    ]);
  });

  it('replays through one cursor what readAll pages show, sealing a hole on the way', async () => {
    await startStream('note-replay', 'r1');
    const abandoned = await models.counter.next();
    await store.append('note-replay', 1, [written('r2'), written('r3')], noteMetadata);
    const paged: string[] = [];
    for (let from = 1; ;) {
      const page = await store.readAll(from, 7);
      if (page.length === 0) break;
      paged.push(...page.map((event) => event.eventId));
      from = page.at(-1)!.globalPosition! + 1;
    }
    const replayed: string[] = [];
    for await (const page of store.replay(1, 7))
      replayed.push(...page.map((event) => event.eventId));
    expect(replayed).toEqual(paged);
    expect(await models.commits.findOne({ position: abandoned }).lean()).toMatchObject({
      category: VOID_CATEGORY,
    });
    const notes: string[] = [];
    for await (const page of store.replay(abandoned - 1, 100, { categories: ['note'] })) {
      notes.push(...page.map((event) => event.streamId));
    }
    expect(notes.filter((streamId) => streamId === 'note-replay')).toHaveLength(3);
  });

  it('gives back the position of an append that lost its race at once', async () => {
    await startStream('note-lost', 'winner');
    const before = await store.lastGlobalPosition();
    await expect(startStream('note-lost', 'loser')).rejects.toMatchObject({
      name: 'WrongExpectedVersionError',
    });
    expect(await models.commits.findOne({ position: before + 1 }).lean()).toMatchObject({
      category: VOID_CATEGORY,
    });
  });
});
