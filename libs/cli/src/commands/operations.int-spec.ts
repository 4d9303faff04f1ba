import { deadLetterTopic } from '@opinion/contracts';
import { eventStoreModels, EventStore } from '@opinion/event-store';
import { createKafka, createOrderedProducer, deadLetterHeaders } from '@opinion/messaging';
import { rebuildReadModel, type ReadModelDefinition } from '@opinion/projections';
import {
  evolveNote,
  noteMetadata,
  noteRegistry,
  noteWritten,
  openTestDatabase,
  readTopic,
  registerNoteEvents,
  testInfrastructure,
  uniqueName,
  type NoteState,
} from '@opinion/testing';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const cli = join(__dirname, '..', '..', '..', '..', 'bin', 'opinion.js');

describe('operator commands on the real servers', () => {
  it('`opinion dlq replay <topic>` sends dead letters back once', async () => {
    const kafka = createKafka(testInfrastructure().KAFKA_BROKERS, 'cli-test');
    const topic = `${uniqueName('cli')}.note.events`;
    const producer = createOrderedProducer(kafka);
    await producer.connect();
    await producer.send({
      topic: deadLetterTopic(topic),
      messages: [
        {
          key: 'note-1',
          value: '{"parked":true}',
          headers: deadLetterHeaders(
            { 'event-type': 'test.note.written' },
            {
              topic,
              partition: 0,
              offset: '7',
              groupId: 'g',
              error: new Error('boom'),
              attempts: 5,
              failedAt: new Date(),
            },
          ),
        },
      ],
    });
    await producer.disconnect();

    const first = await run(process.execPath, [cli, 'dlq', 'replay', topic]);
    expect(first.stdout).toContain('replayed 1 dead letter(s)');
    const second = await run(process.execPath, [cli, 'dlq', 'replay', topic]);
    expect(second.stdout).toContain('replayed 0 dead letter(s)');

    const [replayed] = await readTopic(kafka, topic, 1);
    expect(replayed.value?.toString()).toBe('{"parked":true}');
    expect(replayed.headers?.['event-type']?.toString()).toBe('test.note.written');
    expect(replayed.headers?.['dlq-error']).toBeUndefined();
  });

  it('`opinion projections rebuild` of an unknown name exits 2 and names the known ones', async () => {
    await expect(
      run(process.execPath, [cli, 'projections', 'rebuild', 'no-such-model']),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown read model "no-such-model"'),
    });
  });

  it('rebuilds a published read model from the store', async () => {
    const db = await openTestDatabase('cli-rebuild');
    try {
      const store = new EventStore(await eventStoreModels(db.connection), {
        registry: noteRegistry(),
        ownedCategories: ['note'],
      });
      await store.append(
        'note-a',
        'no_stream',
        [noteWritten('一'), noteWritten('二')],
        noteMetadata,
      );
      await store.append('note-b', 'no_stream', [noteWritten('三')], noteMetadata);
      const definition: ReadModelDefinition<NoteState> = {
        name: 'notes',
        collection: 'notes_view',
        categories: ['note'],
        initial: () => ({ texts: [], tags: [] }),
        evolve: evolveNote,
        registerEvents: (registry) => registerNoteEvents(registry),
      };
      await db.connection.collection('notes_view').insertOne({ _id: 'stale' } as never);
      expect(await rebuildReadModel(db.connection, definition as ReadModelDefinition)).toEqual({
        applied: 3,
        checkpoint: 2,
      });
      const docs = await db.connection.collection('notes_view').find({}).sort({ _id: 1 }).toArray();
      expect(docs.map((doc) => [doc._id, doc.state.texts])).toEqual([
        ['note-a', ['一', '二']],
        ['note-b', ['三']],
      ]);
    } finally {
      await db.drop();
    }
  });
});
