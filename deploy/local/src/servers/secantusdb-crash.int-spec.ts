import { rmSync } from 'node:fs';
import { topicForEventType } from '@opinion/contracts';
import { eventStoreModels, EventStore } from '@opinion/event-store';
import { createKafka, ensureTopics, OutboxRelay } from '@opinion/messaging';
import {
  eventually,
  noteMetadata,
  noteRegistry,
  noteWritten,
  readTopic,
  testInfrastructure,
  uniqueName,
} from '@opinion/testing';
import mongoose, { type Connection } from 'mongoose';
import { bringUp } from '../infra';
import { dataDir } from '../paths';
import { runningPid, stopByPidFile } from '../process-control';
import { secantusServer } from './secantusdb';

// A server of this test's own, so killing it disturbs no other suite.
const server = secantusServer('secantusdb-crash-test', 27117);

describe('a kill -9 of the MongoDB-wire server in the middle of appends', () => {
  let connection: Connection;

  beforeAll(async () => {
    await stopByPidFile(server.name);
    rmSync(dataDir(server.name), { recursive: true, force: true });
    server.install();
    await bringUp({ server });
    connection = await mongoose
      .createConnection(`mongodb://${server.address}/${uniqueName('crash')}`, {
        serverSelectionTimeoutMS: 2_000,
        bufferCommands: false,
      })
      .asPromise();
  });
  afterAll(async () => {
    await connection?.close(true);
    await stopByPidFile(server.name);
    rmSync(dataDir(server.name), { recursive: true, force: true });
  });

  it('loses no acknowledged append, and the relay publishes each exactly once after `up`', async () => {
    const context = uniqueName('crash').replace(/[^a-z0-9-]/g, '');
    const topic = topicForEventType(`${context}.note.written`);
    const kafka = createKafka(testInfrastructure().KAFKA_BROKERS, 'crash-test');
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topic]).finally(() => admin.disconnect());
    const models = await eventStoreModels(connection);
    const store = new EventStore(models, {
      registry: noteRegistry(context),
      ownedCategories: ['note'],
    });
    const relay = new OutboxRelay(models, kafka, {
      categories: ['note'],
      pollIntervalMs: 200,
      maxPollIntervalMs: 1_000,
    });
    await relay.start();

    const acknowledged: string[] = [];
    let killed = false;
    const writers = Array.from({ length: 4 }, async (_, writer) => {
      for (let n = 0; ; n += 1) {
        const streamId = `note-crash-${writer}-${Math.floor(n / 3)}`;
        try {
          const { events } = await store.append(
            streamId,
            n % 3 === 0 ? 'no_stream' : n % 3,
            [noteWritten(`${writer}/${n}`, context)],
            noteMetadata,
          );
          acknowledged.push(events[0].eventId);
        } catch (error) {
          if (killed) return;
          throw error;
        }
        if (acknowledged.length === 300 && !killed) {
          killed = true;
          process.kill(runningPid(server.name)!, 'SIGKILL');
        }
      }
    });
    await Promise.all(writers);
    expect(killed).toBe(true);

    await bringUp({ server });
    const stored = await eventually(async () => {
      const all = await store.readAll(1, 10_000);
      expect(all.length).toBeGreaterThanOrEqual(acknowledged.length);
      return all;
    });
    expect(stored.map((event) => event.eventId)).toEqual(expect.arrayContaining(acknowledged));

    await eventually(async () => expect((await relay.lag()).pendingCommits).toBe(0), 60_000);
    await relay.stop();
    const delivered = (await readTopic(kafka, topic, stored.length, 30_000, 1_000)).map(
      (message) => JSON.parse(message.value!.toString()).eventId as string,
    );
    expect(delivered).toHaveLength(stored.length);
    expect(new Set(delivered)).toEqual(new Set(stored.map((event) => event.eventId)));
  }, 300_000);
});
