import {
  EventRegistry,
  type EventEnvelope,
  type EventMetadata,
  type NewEvent,
} from '@opinion/contracts';
import { z } from 'zod';
import { StreamOwnershipError, WrongExpectedVersionError } from './errors';
import type { EventStorePort } from './event-store-port';

export interface ContractStoreOptions {
  registry: EventRegistry;
  ownedCategories: readonly string[];
}

/**
 * Makes a store over the suite's log: every store one run of the suite makes must see the same
 * commits (a second store stands for another reader, with another registry).
 */
export type MakeContractStore = (
  options: ContractStoreOptions,
) => EventStorePort | Promise<EventStorePort>;

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The made-up "note" events of libs/testing's note fixtures, spelled out here: this file is not a
// spec, and code outside specs and libs/testing may not import libs/testing.
const noteRegistry = () =>
  new EventRegistry()
    .register('test.note.written', 1, z.object({ text: z.string() }).strict())
    .register('test.note.tagged', 1, z.object({ tag: z.string() }).strict());
const noteMetadata: EventMetadata = {
  actor: { userId: 'u-1', role: 'member', orgId: 'org-county' },
  correlationId: 'corr-1',
  causationId: null,
};
const written = (text: string): NewEvent => ({
  type: 'test.note.written',
  version: 1,
  data: { text },
});
const texts = (events: EventEnvelope[]) =>
  events.map((event) => (event.data as { text: string }).text);

async function collect(pages: AsyncGenerator<EventEnvelope[]>): Promise<EventEnvelope[][]> {
  const all: EventEnvelope[][] = [];
  for await (const page of pages) all.push(page);
  return all;
}

/**
 * The behaviour every EventStorePort shares, run against the MongoDB store on the real server
 * (event-store-contract.int-spec.ts) and the in-memory one (in-memory-event-store.spec.ts). The
 * tests of one run share a log: each writes streams of its own and reads from the last global
 * position it saw.
 */
export function describeEventStoreContract(name: string, makeStore: MakeContractStore): void {
  describe(`${name}: the event store contract`, () => {
    let store: EventStorePort;

    beforeAll(async () => {
      store = await makeStore({ registry: noteRegistry(), ownedCategories: ['note', 'memo'] });
    });

    it('stores an append as one commit: stream positions, one global position, the metadata', async () => {
      const before = await store.lastGlobalPosition();
      const result = await store.append(
        'note-commit',
        'no_stream',
        [written('a'), written('b')],
        noteMetadata,
      );
      expect(result.nextExpectedVersion).toBe(2);
      expect(result.events).toEqual([
        expect.objectContaining({
          type: 'test.note.written',
          version: 1,
          streamId: 'note-commit',
          streamPosition: 1,
          globalPosition: before + 1,
          actor: noteMetadata.actor,
          correlationId: noteMetadata.correlationId,
          causationId: null,
          data: { text: 'a' },
        }),
        expect.objectContaining({ streamPosition: 2, globalPosition: before + 1 }),
      ]);
      result.events.forEach((event) => {
        expect(event.eventId).toMatch(UUID_V7);
        expect(new Date(event.occurredAt).toISOString()).toBe(event.occurredAt);
      });
      expect(new Set(result.events.map((event) => event.eventId)).size).toBe(2);
      expect(await store.readStream('note-commit')).toEqual(result.events);
      expect(await store.head('note-commit')).toBe(2);
      expect(await store.lastGlobalPosition()).toBe(before + 1);
    });

    it('knows no stream that was never appended to', async () => {
      expect(await store.head('note-never')).toBe(0);
      expect(await store.readStream('note-never')).toEqual([]);
    });

    it('reads a stream from a position on, also from inside a commit', async () => {
      await store.append('note-from', 'no_stream', [written('1'), written('2')], noteMetadata);
      await store.append('note-from', 2, [written('3')], noteMetadata);
      expect(texts(await store.readStream('note-from', 2))).toEqual(['2', '3']);
      expect(texts(await store.readStream('note-from', 3))).toEqual(['3']);
      expect(await store.readStream('note-from', 4)).toEqual([]);
    });

    it('lets exactly one of 50 concurrent appends at the same version win', async () => {
      await store.append('note-race', 'no_stream', [written('first')], noteMetadata);
      const attempts = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          store.append(
            'note-race',
            1,
            [written(`racer ${i}`), written(`racer ${i} again`)],
            noteMetadata,
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

    it('rejects a stale or a future expected version, or no_stream for a stream, without writing', async () => {
      await store.append('note-versions', 'no_stream', [written('a'), written('b')], noteMetadata);
      await expect(
        store.append('note-versions', 1, [written('stale')], noteMetadata),
      ).rejects.toMatchObject({
        name: 'WrongExpectedVersionError',
        streamId: 'note-versions',
        expected: 1,
        actual: 2,
      });
      await expect(
        store.append('note-versions', 5, [written('future')], noteMetadata),
      ).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(
        store.append('note-versions', 'no_stream', [written('again')], noteMetadata),
      ).rejects.toMatchObject({ name: 'WrongExpectedVersionError', actual: 2 });
      await expect(
        store.append('note-versions', 0, [written('again')], noteMetadata),
      ).rejects.toBeInstanceOf(WrongExpectedVersionError);
      expect(texts(await store.readStream('note-versions'))).toEqual(['a', 'b']);
    });

    it('rejects an exact version for a stream that does not exist', async () => {
      await expect(
        store.append('note-missing', 3, [written('x')], noteMetadata),
      ).rejects.toMatchObject({ name: 'WrongExpectedVersionError', actual: 0 });
      expect(await store.head('note-missing')).toBe(0);
    });

    it("appends with 'any' after whatever is there", async () => {
      await store.append('note-any', 'any', [written('one')], noteMetadata);
      const result = await store.append('note-any', 'any', [written('two')], noteMetadata);
      expect(result.nextExpectedVersion).toBe(2);
      expect(result.events[0].streamPosition).toBe(2);
    });

    it('validates events against their schema on append', async () => {
      await expect(
        store.append(
          'note-invalid',
          'no_stream',
          [written('fine'), { type: 'test.note.written', version: 1, data: { text: 5 } }],
          noteMetadata,
        ),
      ).rejects.toMatchObject({ name: 'InvalidEventError' });
      await expect(
        store.append(
          'note-invalid',
          'no_stream',
          [{ type: 'test.note.unknown', version: 1, data: {} }],
          noteMetadata,
        ),
      ).rejects.toMatchObject({ name: 'UnknownEventTypeError' });
      expect(await store.head('note-invalid')).toBe(0);
    });

    it('refuses streams of categories it does not own, ids without a category, empty appends', async () => {
      await expect(
        store.append('bulletin-1', 'any', [written('x')], noteMetadata),
      ).rejects.toBeInstanceOf(StreamOwnershipError);
      await expect(store.append('nocategory', 'any', [written('x')], noteMetadata)).rejects.toThrow(
        /category/,
      );
      await expect(store.append('note-empty', 'any', [], noteMetadata)).rejects.toThrow(
        /at least one event/,
      );
      expect(await store.head('note-empty')).toBe(0);
    });

    it('keeps what it stored when the caller changes its events afterwards', async () => {
      const event = written('original');
      const result = await store.append('note-copy', 'no_stream', [event], noteMetadata);
      (event.data as { text: string }).text = 'changed';
      (result.events[0].data as { text: string }).text = 'changed too';
      expect(texts(await store.readStream('note-copy'))).toEqual(['original']);
    });

    it('reads all streams in one global order, in pages, and as of a past instant', async () => {
      const before = await store.lastGlobalPosition();
      await store.append('note-page-a', 'no_stream', [written('a1'), written('a2')], noteMetadata);
      await sleep(20);
      const cut = new Date();
      await sleep(20);
      await store.append('note-page-b', 'no_stream', [written('b1')], noteMetadata);

      // A page holds whole appends: both events of the first share its position.
      const firstPage = await store.readAll(before + 1, 1);
      expect(firstPage.map((event) => event.globalPosition)).toEqual([before + 1, before + 1]);
      const secondPage = await store.readAll(firstPage[1].globalPosition! + 1, 10);
      expect(texts([...firstPage, ...secondPage])).toEqual(['a1', 'a2', 'b1']);
      expect(await store.readAll(before + 3, 10)).toEqual([]);
      const asOf = await store.readAll(before + 1, 10, { asOf: cut });
      expect(asOf.map((event) => event.streamId)).toEqual(['note-page-a', 'note-page-a']);
    });

    it('reads a stream as of a past instant', async () => {
      await store.append('note-as-of', 'no_stream', [written('then')], noteMetadata);
      await sleep(20);
      const cut = new Date();
      await sleep(20);
      await store.append('note-as-of', 1, [written('later')], noteMetadata);
      expect(texts(await store.readStream('note-as-of', 1, { asOf: cut }))).toEqual(['then']);
      expect(texts(await store.readStream('note-as-of'))).toEqual(['then', 'later']);
    });

    it('reads and replays only the categories asked for', async () => {
      const before = await store.lastGlobalPosition();
      await store.append('note-cat-1', 'no_stream', [written('n1')], noteMetadata);
      await store.append('memo-cat-1', 'no_stream', [written('m1'), written('m2')], noteMetadata);
      await store.append('note-cat-2', 'no_stream', [written('n2')], noteMetadata);
      await store.append('memo-cat-2', 'no_stream', [written('m3')], noteMetadata);

      const memos = await store.readAll(before + 1, 10, { categories: ['memo'] });
      expect(texts(memos)).toEqual(['m1', 'm2', 'm3']);
      // The limit counts the commits of the categories, not the positions passed over.
      expect(texts(await store.readAll(before + 1, 1, { categories: ['memo'] }))).toEqual([
        'm1',
        'm2',
      ]);
      const pages = await collect(store.replay(before + 1, 10, { categories: ['note'] }));
      expect(pages.flat().map((event) => event.streamId)).toEqual(['note-cat-1', 'note-cat-2']);
    });

    it('replays to the end of the log in pages that never split a commit', async () => {
      const before = await store.lastGlobalPosition();
      for (let i = 0; i < 5; i += 1) {
        await store.append(
          `note-replay-${i}`,
          'no_stream',
          [written(`${i}a`), written(`${i}b`)],
          noteMetadata,
        );
      }
      const pages = await collect(store.replay(before + 1, 2));
      const events = pages.flat();
      expect(texts(events)).toEqual(['0a', '0b', '1a', '1b', '2a', '2b', '3a', '3b', '4a', '4b']);
      pages.forEach((page) => {
        const commits = new Set(page.map((event) => event.globalPosition));
        expect(commits.size).toBeLessThanOrEqual(2);
        expect(page).toHaveLength(commits.size * 2);
      });
      expect(await collect(store.replay(before + 6, 2))).toEqual([]);
      expect(await store.lastGlobalPosition()).toBe(before + 5);
    });

    it('reads a stored version-1 payload as version 2 through its upcaster', async () => {
      await store.append(
        'note-upcast',
        'no_stream',
        [written('关于加强社区养老服务的建议')],
        noteMetadata,
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
      const reader = await makeStore({ registry: upgraded, ownedCategories: [] });
      const [event] = await reader.readStream('note-upcast');
      expect(event).toMatchObject({
        version: 2,
        data: { title: '关于加强社区养老服务的建议', language: 'zh-CN' },
      });
      const [fromLog] = await reader.readAll(event.globalPosition!, 1);
      expect(fromLog).toMatchObject({ version: 2, data: { language: 'zh-CN' } });
      await expect(
        reader.append('note-upcast', 1, [written('x')], noteMetadata),
      ).rejects.toBeInstanceOf(StreamOwnershipError);
    });
  });
}
