import {
  deadLetterTopic,
  topicForEventType,
  type EventEnvelope,
  type EventRegistry,
} from '@opinion/contracts';
import { eventStoreModels, type EventStore, type EventStoreModels } from '@opinion/event-store';
import {
  eventually,
  noteMetadata,
  noteRegistry,
  noteWritten,
  openNoteTestBed,
  openTestDatabase,
  readTopic,
  uniqueName,
  type NoteTestBed,
} from '@opinion/testing';
import type { Kafka, Producer } from 'kafkajs';
import type { Connection } from 'mongoose';
import { DLQ_HEADERS, headerText } from './dead-letter';
import { replayDeadLetters } from './dead-letter-replay';
import { EventConsumer } from './event-consumer';
import { Inbox } from './inbox';
import { OutboxRelay } from './outbox-relay';

describe('outbox relay, consumers and dead letters on real Kafka and MongoDB', () => {
  let bed: NoteTestBed;
  let context: string, topic: string, registry: EventRegistry, kafka: Kafka;
  let models: EventStoreModels, store: EventStore, producer: Producer, connection: Connection;

  beforeAll(async () => {
    bed = await openNoteTestBed('messaging');
    ({ context, topic, registry, kafka, models, store, producer, connection } = bed);
  });
  afterAll(() => bed.close());

  it('publishes every event exactly once after a relay dies between sending and committing', async () => {
    const appended: string[] = [];
    for (let stream = 0; stream < 10; stream += 1) {
      for (let n = 0; n < 3; n += 1) {
        const result = await store.append(
          `note-crash-${stream}`,
          n === 0 ? 'no_stream' : n,
          [noteWritten(`s${stream} e${n}`, context)],
          noteMetadata,
        );
        appended.push(...result.events.map((event) => event.eventId));
      }
    }

    // The first relay sends one batch to Kafka and dies before its transaction commits.
    class DyingRelay extends OutboxRelay {
      protected override async commit(): Promise<void> {
        throw new Error('relay killed after sending');
      }
    }
    const options = { categories: ['note'], batchSize: 12 };
    const dying = new DyingRelay(models, kafka, options);
    await expect(dying.publishPending()).rejects.toThrow('relay killed');
    expect((await dying.lag()).pendingCommits).toBe(30);
    await dying.stop();

    const restarted = new OutboxRelay(models, kafka, options);
    while ((await restarted.publishPending()) > 0);
    expect(await restarted.lag()).toEqual({ pendingCommits: 0, oldestPendingAgeMs: 0 });
    await restarted.stop();

    const messages = await readTopic(kafka, topic, 30, 30_000, 1_000);
    const delivered = messages.map(
      (message) => JSON.parse(message.value!.toString()) as EventEnvelope,
    );
    expect(delivered.map((event) => event.eventId)).toEqual(expect.arrayContaining(appended));
    expect(delivered).toHaveLength(30);

    // Each stream's events arrive in order.
    const byStream = new Map<string, number[]>();
    for (const event of delivered) {
      byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event.streamPosition]);
    }
    for (const positions of byStream.values()) expect(positions).toEqual([1, 2, 3]);

    // Kafka itself may still deliver twice (a rebalance, a consumer crash before its commit):
    // a consumer with an inbox applies each event once although the topic holds 12 of them twice.
    await producer.send({
      topic,
      messages: messages.slice(0, 12).map((message) => ({
        key: message.key,
        value: message.value,
        headers: message.headers,
      })),
    });
    const applied: string[] = [];
    const consumer = new EventConsumer(kafka, {
      groupId: uniqueName('crash-consumer'),
      topics: [topic],
      registry,
      inbox: await Inbox.open(connection, uniqueName('crash-consumer')),
      handler: async (event) => {
        applied.push(event.eventId);
      },
    });
    await consumer.start(kafka);
    await eventually(() => expect(applied).toHaveLength(30));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await consumer.stop();
    expect(new Set(applied)).toEqual(new Set(appended));
    expect(applied).toHaveLength(30);
  });

  it('refuses to publish a log that is behind its checkpoint, as after a restore from an older backup', async () => {
    const relay = new OutboxRelay(models, kafka, { categories: ['note'] });
    await relay.publishPending();
    await relay.stop();
    const restored = await openTestDatabase('messaging-restored');
    try {
      const olderLog = await eventStoreModels(restored.connection);
      const successor = new OutboxRelay(olderLog, kafka, {
        categories: ['note'],
        name: relay.name,
      });
      await expect(successor.publishPending()).rejects.toThrow(/ahead of the log/);
      // A log of its own (not named after another) starts from its beginning.
      const fresh = new OutboxRelay(olderLog, kafka, { categories: ['note'] });
      expect(fresh.name).not.toBe(relay.name);
      await expect(fresh.publishPending()).resolves.toBe(0);
      await fresh.stop();
    } finally {
      await restored.drop();
    }
  });

  it("publishes a running process's commits as they are stored, without waiting for a sweep", async () => {
    const relay = new OutboxRelay(models, kafka, {
      categories: ['note'],
      pollIntervalMs: 60_000,
      maxPollIntervalMs: 60_000,
    });
    await relay.publishPending();
    await relay.start();
    try {
      const { events } = await store.append(
        'note-live',
        'no_stream',
        [noteWritten('即时', context)],
        noteMetadata,
      );
      const consumer = kafka.consumer({ groupId: uniqueName('live-reader') });
      const seen: string[] = [];
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          seen.push(JSON.parse(message.value!.toString()).eventId);
        },
      });
      await eventually(() => expect(seen).toContain(events[0].eventId));
      await consumer.disconnect();
      await eventually(async () => expect((await relay.lag()).pendingCommits).toBe(0));
    } finally {
      await relay.stop();
    }
  });

  it('parks a poison message in the dead-letter topic while later messages flow, and replays it once after a fix', async () => {
    const poisonTopic = topicForEventType(`${context}-dlq.note.written`);
    const poisonRegistry = noteRegistry(`${context}-dlq`);
    const event = (streamId: string, text: string) =>
      JSON.stringify({
        eventId: `0190a0b0-0000-7000-8000-${String(text.length).padStart(6, '0')}${Buffer.from(text).toString('hex').slice(0, 6).padEnd(6, '0')}`,
        type: `${context}-dlq.note.written`,
        version: 1,
        streamId,
        streamPosition: 1,
        occurredAt: new Date().toISOString(),
        actor: noteMetadata.actor,
        correlationId: 'c',
        causationId: null,
        data: { text },
      });
    await producer.send({
      topic: poisonTopic,
      messages: [
        { key: 'note-a', value: event('note-a', 'poison') },
        { key: 'note-a', value: '{ not json' },
        { key: 'note-a', value: event('note-a', 'after') },
      ],
    });

    let fixed = false;
    const applied: string[] = [];
    const consumer = new EventConsumer(kafka, {
      groupId: uniqueName('poison-consumer'),
      topics: [poisonTopic],
      registry: poisonRegistry,
      inbox: await Inbox.open(connection, uniqueName('poison-consumer')),
      retry: { attempts: 3, initialDelayMs: 10, maxDelayMs: 50 },
      handler: async (received) => {
        const text = (received.data as { text: string }).text;
        if (text === 'poison' && !fixed) throw new Error('cannot file a poison note');
        applied.push(text);
      },
    });
    await consumer.start(kafka);
    try {
      await eventually(() => expect(applied).toEqual(['after']));

      const dead = await readTopic(kafka, deadLetterTopic(poisonTopic), 2);
      const reasons = dead.map((message) => headerText(message.headers, DLQ_HEADERS.error));
      expect(reasons).toEqual([
        'Error: cannot file a poison note',
        expect.stringContaining('SyntaxError'),
      ]);
      expect(headerText(dead[0].headers, DLQ_HEADERS.attempts)).toBe('3');
      expect(headerText(dead[0].headers, DLQ_HEADERS.topic)).toBe(poisonTopic);

      fixed = true;
      expect(await replayDeadLetters(kafka, poisonTopic)).toEqual({ replayed: 2 });
      await eventually(() => expect(applied).toEqual(['after', 'poison']));
      // The unreadable message fails again and is parked a second time; only it is replayed.
      await readTopic(kafka, deadLetterTopic(poisonTopic), 3);
      expect(await replayDeadLetters(kafka, poisonTopic)).toEqual({ replayed: 1 });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(applied).toEqual(['after', 'poison']);
    } finally {
      await consumer.stop();
    }
  });
});
