import { noteMetadata as fixtureMetadata, noteRegistry, openTestDatabase } from '@opinion/testing';
import { z } from 'zod';
import { EventRegistry } from '@opinion/contracts';
import mongoose from 'mongoose';
import { eventStoreModels } from './commit-model';
import { WrongExpectedVersionError } from './errors';
import { EventStore } from './event-store';

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

  it('lets exactly one of 50 concurrent appends at the same version win', async () => {
    await store.append('note-race', 'no_stream', [written('first')], fixtureMetadata);
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        store.append(
          'note-race',
          1,
          [written(`racer ${i}`), written(`racer ${i} again`)],
          fixtureMetadata,
        ),
      ),
    );
    const winners = attempts.filter((attempt) => attempt.status === 'fulfilled');
    const losers = attempts.flatMap((attempt) =>
      attempt.status === 'rejected' ? [attempt.reason] : [],
    );
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(49);
    losers.forEach((error) => expect(error).toBeInstanceOf(WrongExpectedVersionError));
    const events = await store.readStream('note-race');
    expect(events.map((event) => event.streamPosition)).toEqual([1, 2, 3]);
    const globals = events.map((event) => event.globalPosition!);
    expect(globals[1]).toBeGreaterThan(globals[0]);
    expect(globals[2]).toBe(globals[1]);
  });

  it('gives concurrent appends from two processes distinct, dense global positions', async () => {
    // A second connection stands for a second process.
    const other = await mongoose.createConnection(db.uri).asPromise();
    try {
      const otherStore = new EventStore(await eventStoreModels(other), {
        registry: noteRegistry(),
        ownedCategories: ['note'],
      });
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

  it('rejects a stale or a future expected version without writing', async () => {
    await store.append('note-versions', 'no_stream', [written('a'), written('b')], fixtureMetadata);
    await expect(
      store.append('note-versions', 1, [written('stale')], fixtureMetadata),
    ).rejects.toMatchObject({
      name: 'WrongExpectedVersionError',
      actual: 2,
    });
    await expect(
      store.append('note-versions', 5, [written('future')], fixtureMetadata),
    ).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(
      store.append('note-versions', 'no_stream', [written('again')], fixtureMetadata),
    ).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect((await store.readStream('note-versions')).map((event) => event.data)).toEqual([
      { text: 'a' },
      { text: 'b' },
    ]);
  });

  it("appends with 'any' after whatever is there", async () => {
    await store.append('note-any', 'any', [written('one')], fixtureMetadata);
    const result = await store.append('note-any', 'any', [written('two')], fixtureMetadata);
    expect(result.nextExpectedVersion).toBe(2);
  });

  it('validates events against their schema on append', async () => {
    await expect(
      store.append(
        'note-invalid',
        'no_stream',
        [{ type: 'test.note.written', version: 1, data: { text: 5 } }],
        fixtureMetadata,
      ),
    ).rejects.toMatchObject({ name: 'InvalidEventError' });
    await expect(
      store.append(
        'note-invalid',
        'no_stream',
        [{ type: 'test.note.unknown', version: 1, data: {} }],
        fixtureMetadata,
      ),
    ).rejects.toMatchObject({ name: 'UnknownEventTypeError' });
    expect(await store.head('note-invalid')).toBe(0);
  });

  it('refuses streams of categories it does not own', async () => {
    await expect(
      store.append('bulletin-1', 'any', [written('x')], fixtureMetadata),
    ).rejects.toMatchObject({
      name: 'StreamOwnershipError',
    });
  });

  it('reads all streams in one global order, in pages, and as of a past instant', async () => {
    const before = await store.lastGlobalPosition();
    await store.append('note-page-a', 'no_stream', [written('a1'), written('a2')], fixtureMetadata);
    const cut = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.append('note-page-b', 'no_stream', [written('b1')], fixtureMetadata);

    // A page holds whole appends: both events of the first share its position.
    const firstPage = await store.readAll(before + 1, 1);
    expect(firstPage.map((event) => event.globalPosition)).toEqual([before + 1, before + 1]);
    const secondPage = await store.readAll(firstPage[1].globalPosition! + 1, 10);
    expect([...firstPage, ...secondPage].map((event) => event.data)).toEqual([
      { text: 'a1' },
      { text: 'a2' },
      { text: 'b1' },
    ]);
    const asOf = await store.readAll(before + 1, 10, { asOf: cut });
    expect(asOf.map((event) => event.streamId)).toEqual(['note-page-a', 'note-page-a']);
  });

  it('reads a stored version-1 payload as version 2 through its upcaster', async () => {
    await store.append(
      'note-upcast',
      'no_stream',
      [written('关于加强社区养老服务的建议')],
      fixtureMetadata,
    );
    const upgraded = new EventRegistry()
      .register('test.note.written', 1, z.object({ text: z.string() }).strict())
      .register(
        'test.note.written',
        2,
        z.object({ title: z.string(), language: z.string() }).strict(),
      )
      .upcast('test.note.written', 1, (data) => ({
        title: (data as { text: string }).text,
        language: 'zh-CN',
      }));
    const reader = new EventStore(await eventStoreModels(db.connection), {
      registry: upgraded,
      ownedCategories: [],
    });
    const [event] = await reader.readStream('note-upcast');
    expect(event).toMatchObject({
      version: 2,
      data: { title: '关于加强社区养老服务的建议', language: 'zh-CN' },
    });
  });
});
