import type { EventRegistry } from '@opinion/contracts';
import type { EventStore, EventStoreModels } from '@opinion/event-store';
import { EventConsumer, OutboxRelay } from '@opinion/messaging';
import {
  eventually,
  evolveNote,
  noteMetadata,
  noteWritten,
  openNoteTestBed,
  readTopic,
  uniqueName,
  type NoteState,
  type NoteTestBed,
} from '@opinion/testing';
import type { Kafka, Producer } from 'kafkajs';
import type { Connection } from 'mongoose';
import { checkpointModel, ProjectionRunner } from './projection-runner';
import { StreamDocumentProjection } from './stream-document-projection';

describe('projections on real Kafka and MongoDB', () => {
  let bed: NoteTestBed;
  let context: string, topic: string, registry: EventRegistry, kafka: Kafka;
  let models: EventStoreModels, store: EventStore, producer: Producer, connection: Connection;

  const notes = (collection: string) =>
    new StreamDocumentProjection<NoteState>(connection, {
      name: collection,
      collection,
      categories: ['note'],
      initial: () => ({ texts: [], tags: [] }),
      evolve: evolveNote,
    });
  const snapshot = async (collection: string) =>
    connection.collection(collection).find({}).sort({ _id: 1 }).toArray();

  async function consumeInto(
    projection: StreamDocumentProjection<NoteState>,
    expectedEvents: number,
  ) {
    const consumer = new EventConsumer(kafka, {
      groupId: uniqueName(projection.name),
      topics: [topic],
      registry,
      handler: (event) => projection.apply([event]),
    });
    await consumer.start(kafka);
    try {
      await eventually(async () => {
        const docs = await snapshot(projection.name);
        const folded = docs.reduce((sum, doc) => sum + (doc.position as number), 0);
        expect(folded).toBe(expectedEvents);
      });
    } finally {
      await consumer.stop();
    }
  }

  beforeAll(async () => {
    bed = await openNoteTestBed('projections');
    ({ context, topic, registry, kafka, models, store, producer, connection } = bed);
    for (let stream = 0; stream < 8; stream += 1) {
      for (let n = 0; n < 5; n += 1) {
        await store.append(
          `note-${stream}`,
          n,
          [noteWritten(`第${stream}条 第${n}次`, context)],
          noteMetadata,
        );
      }
    }
    const relay = new OutboxRelay(models, kafka, { categories: ['note'] });
    while ((await relay.publishPending()) > 0);
    await relay.stop();
  });
  afterAll(() => bed.close());

  it('builds the same read model from every event delivered twice as from each delivered once', async () => {
    await consumeInto(notes('notes_once'), 40);

    // Deliver every message a second time, as a relay restart or a rebalance would.
    const published = await readTopic(kafka, topic, 40);
    await producer.send({
      topic,
      messages: published.map((message) => ({ key: message.key, value: message.value })),
    });
    await consumeInto(notes('notes_twice'), 40);

    const once = await snapshot('notes_once');
    expect(once).toHaveLength(8);
    expect(once[0]).toMatchObject({ _id: 'note-0', position: 5 });
    expect((once[0].state as NoteState).texts).toEqual([
      '第0条 第0次',
      '第0条 第1次',
      '第0条 第2次',
      '第0条 第3次',
      '第0条 第4次',
    ]);
    expect(await snapshot('notes_twice')).toEqual(once);
  });

  it('rebuilds by replay a read model equal to the one built incrementally', async () => {
    const incremental = notes('notes_incremental');
    await consumeInto(incremental, 40);
    const before = await snapshot('notes_incremental');

    const runner = new ProjectionRunner(store, await checkpointModel(connection), incremental, 7);
    expect(await runner.rebuild()).toBe(40);
    expect(await snapshot('notes_incremental')).toEqual(before);
    expect(await runner.checkpoint()).toBe(await store.lastGlobalPosition());

    // Catching up again applies nothing new; a new event is picked up from the checkpoint.
    expect(await runner.catchUp()).toBe(0);
    await store.append('note-0', 5, [noteWritten('补充', context)], noteMetadata);
    expect(await runner.catchUp()).toBe(1);
    expect((await incremental.find('note-0'))?.position).toBe(6);
  });
});
