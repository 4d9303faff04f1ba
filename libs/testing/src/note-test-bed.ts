import { topicForEventType, type EventRegistry } from '@opinion/contracts';
import { EventStore, eventStoreModels, type EventStoreModels } from '@opinion/event-store';
import { createKafka, createOrderedProducer, ensureTopics } from '@opinion/messaging';
import type { Kafka, Producer } from 'kafkajs';
import type { Connection } from 'mongoose';
import { openTestDatabase } from './mongo-test-database';
import { noteRegistry } from './note-fixtures';
import { testInfrastructure, uniqueName } from './test-environment';

/** Real Kafka and MongoDB around a note store, with a topic and a database of the test's own. */
export interface NoteTestBed {
  context: string;
  topic: string;
  registry: EventRegistry;
  kafka: Kafka;
  producer: Producer;
  connection: Connection;
  models: EventStoreModels;
  store: EventStore;
  close(): Promise<void>;
}

export async function openNoteTestBed(prefix: string): Promise<NoteTestBed> {
  const context = uniqueName(prefix).replace(/[^a-z0-9-]/g, '');
  const topic = topicForEventType(`${context}.note.written`);
  const registry = noteRegistry(context);
  const kafka = createKafka(testInfrastructure().KAFKA_BROKERS, `${prefix}-test`);
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic]).finally(() => admin.disconnect());
  const producer = createOrderedProducer(kafka);
  await producer.connect();
  const db = await openTestDatabase(prefix);
  const models = await eventStoreModels(db.connection);
  const store = new EventStore(models, { registry, ownedCategories: ['note'] });
  return {
    context,
    topic,
    registry,
    kafka,
    producer,
    connection: db.connection,
    models,
    store,
    close: async () => {
      await producer.disconnect();
      await db.drop();
    },
  };
}
