import { Queue, QueueEvents, Worker } from 'bullmq';
import { ensureTopics } from '@opinion/messaging';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import mongoose, { Schema } from 'mongoose';
import Redis from 'ioredis';
import { mongoUriForDatabase, testInfrastructure, uniqueName } from './test-environment';

const env = testInfrastructure();

describe('real servers wiring', () => {
  it('produces to and consumes from a fresh Kafka topic', async () => {
    const kafka = new Kafka({
      clientId: 'wiring-test',
      brokers: env.KAFKA_BROKERS,
      logLevel: logLevel.ERROR,
    });
    const topic = uniqueName('wiring');
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topic], 1).finally(() => admin.disconnect());

    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({
      topic,
      messages: [
        { key: 'stream-1', value: '关于加强社区养老服务的建议' },
        { key: 'stream-1', value: 'second' },
      ],
    });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: uniqueName('wiring-group') });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const received: string[] = [];
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          eachMessage: async ({ message }) => {
            received.push(message.value!.toString('utf8'));
            if (received.length === 2) resolve();
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();
    expect(received).toEqual(['关于加强社区养老服务的建议', 'second']);
  });

  it('round-trips a mongoose document and detects a unique-index violation', async () => {
    const connection = await mongoose
      .createConnection(mongoUriForDatabase(env.MONGODB_URI, uniqueName('wiring')))
      .asPromise();
    try {
      const Item = connection.model(
        'Item',
        new Schema({
          streamId: { type: String, required: true },
          position: Number,
          title: String,
        }).index({ streamId: 1, position: 1 }, { unique: true }),
      );
      await Item.init();
      await Item.create({ streamId: 's-1', position: 1, title: '关于……的建议' });
      const found = await Item.findOne({ streamId: 's-1' }).lean();
      expect(found?.title).toBe('关于……的建议');

      const duplicate = Item.create({ streamId: 's-1', position: 1, title: 'again' });
      await expect(duplicate).rejects.toMatchObject({ code: 11000 });
      expect(await Item.countDocuments({ streamId: 's-1' })).toBe(1);
    } finally {
      await connection.dropDatabase();
      await connection.close();
    }
  });

  it('processes a BullMQ job with a worker on Redis', async () => {
    const queueName = uniqueName('wiring');
    // BullMQ leaves connections it was handed open, so the test owns and closes all three.
    const [connection, eventsConnection, workerConnection] = [1, 2, 3].map(
      () => new Redis(env.REDIS_URL, { maxRetriesPerRequest: null }),
    );
    const queue = new Queue(queueName, { connection });
    const events = new QueueEvents(queueName, { connection: eventsConnection });
    const worker = new Worker(
      queueName,
      async (job) => ({ length: String(job.data.text).length }),
      { connection: workerConnection },
    );
    try {
      await events.waitUntilReady();
      const job = await queue.add('measure', { text: '社情民意' });
      await expect(job.waitUntilFinished(events, 30_000)).resolves.toEqual({ length: 4 });
    } finally {
      await worker.close();
      await events.close();
      await queue.obliterate({ force: true });
      await queue.close();
      [connection, eventsConnection, workerConnection].forEach((client) => client.disconnect());
    }
  });
});
