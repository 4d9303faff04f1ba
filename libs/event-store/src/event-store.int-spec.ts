import { noteMetadata as fixtureMetadata, noteRegistry, openTestDatabase } from '@opinion/testing';
import mongoose from 'mongoose';
import { eventStoreModels } from './commit-model';
import { EventStore } from './event-store';

// The rules every store shares are in event-store-contract.ts (event-store-contract.int-spec.ts
// runs them here); this file keeps what only the MongoDB store does.
describe('EventStore on the real MongoDB-wire server', () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let store: EventStore;

  beforeAll(async () => {
    db = await openTestDatabase('event-store');
    store = new EventStore(await eventStoreModels(db.connection), {
      registry: noteRegistry(),
      ownedCategories: ['note'],
    });
  });
  afterAll(() => db.drop());

  const written = (text: string) => ({ type: 'test.note.written', version: 1, data: { text } });

  it('gives concurrent appends from two processes distinct, dense global positions', async () => {
    // A second connection stands for a second process.
    const other = await mongoose.createConnection(db.uri).asPromise();
    try {
      const otherStore = new EventStore(await eventStoreModels(other), {
        registry: noteRegistry(),
        ownedCategories: ['note'],
      });
      // A log in use already: the race of two first upserts of a fresh counter can skip a
      // position on SecantusDB (a hole readers seal), which is not what this test is about.
      await store.append('note-dense-warm-up', 'no_stream', [written('warm-up')], fixtureMetadata);
      await otherStore.append('note-dense-warm-up', 1, [written('warm-up')], fixtureMetadata);
      const before = await store.lastGlobalPosition();
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? otherStore : store).append(
            `note-dense-${i}`,
            'no_stream',
            [written(`${i}`)],
            fixtureMetadata,
          ),
        ),
      );
      const positions = results
        .map((result) => result.events[0].globalPosition!)
        .sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: 40 }, (_, i) => before + 1 + i));
      const all = await store.readAll(before + 1, 100);
      expect(all).toHaveLength(40);
    } finally {
      await other.close();
    }
  });
});
