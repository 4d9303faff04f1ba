import 'reflect-metadata';
import { Module, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { deadLetterTopic, newId, topicForEventType, type EventEnvelope } from '@opinion/contracts';
import {
  eventually,
  noteMetadata,
  noteRegistry,
  openNoteTestBed,
  readTopic,
  uniqueName,
  untilGroupsJoined,
  type NoteTestBed,
} from '@opinion/testing';
import type { Admin } from 'kafkajs';
import { map, throwError, timer, type Observable } from 'rxjs';
import { DLQ_HEADERS, headerText } from './dead-letter';
import { KafkaController, KafkaEventContext } from './kafka-controller';
import { KafkaEventTransport, type KafkaEventTransportOptions } from './kafka-event-transport';
import { PermanentError } from './retry-policy';

@Module({})
class KafkaTransportTestModule {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A note event as the relay would publish it: a JSON envelope keyed by its stream id. */
function message(type: string, streamId: string, position: number, data: object) {
  const envelope: EventEnvelope = {
    eventId: newId(),
    type,
    version: 1,
    streamId,
    streamPosition: position,
    occurredAt: new Date().toISOString(),
    actor: noteMetadata.actor,
    correlationId: 'corr-transport',
    causationId: null,
    data,
  };
  return { key: streamId, value: JSON.stringify(envelope) };
}

describe('KafkaEventTransport: @EventPattern controllers on the project consumer, on real Kafka', () => {
  let bed: NoteTestBed;
  let admin: Admin;
  const apps: INestApplication[] = [];

  beforeAll(async () => {
    bed = await openNoteTestBed('kafka-transport');
    admin = bed.kafka.admin();
    await admin.connect();
  });
  afterAll(async () => {
    await Promise.allSettled(apps.map((app) => app.close()));
    await admin.disconnect();
    await bed.close();
  });

  async function closeApp(app: INestApplication): Promise<void> {
    apps.splice(apps.indexOf(app), 1);
    await app.close();
  }

  /** A hybrid app (HTTP on a free port + the Kafka transport) serving the given controllers. */
  async function startHybrid(
    controllers: Type[],
    options: Partial<KafkaEventTransportOptions> = {},
  ): Promise<{ app: INestApplication; transport: KafkaEventTransport }> {
    const app = await NestFactory.create(
      { module: KafkaTransportTestModule, controllers },
      { logger: false },
    );
    apps.push(app);
    const transport = new KafkaEventTransport({
      kafka: bed.kafka,
      registry: bed.registry,
      groupPrefix: uniqueName('transport'),
      ...options,
    });
    app.connectMicroservice({ strategy: transport });
    await app.startAllMicroservices();
    await app.listen(0, '127.0.0.1');
    return { app, transport };
  }

  it("hands each key's events in order to the methods of their type, awaiting Promises and Observables", async () => {
    const written = `${bed.context}.note.written`;
    const tagged = `${bed.context}.note.tagged`;
    const seen = { written: [] as string[], everything: [] as string[], contexts: new Set() };

    @KafkaController('written')
    class WrittenNotes {
      @EventPattern(written)
      async onWritten(@Payload() event: EventEnvelope, @Ctx() context: KafkaEventContext) {
        await sleep(Math.random() * 3);
        seen.written.push(`${event.streamId}/${event.streamPosition}`);
        seen.contexts.add(`${context.getGroupId()} ${context.getTopic()}`);
      }
    }

    @KafkaController('everything')
    class EveryNote {
      // Without parameter decorators a method gets (event, context) as they are.
      @EventPattern(`${bed.context}.note.*`)
      onAny(event: EventEnvelope): Observable<void> {
        return timer(Math.random() * 3).pipe(
          map(() => {
            seen.everything.push(`${event.streamId}/${event.streamPosition}`);
          }),
        );
      }
    }

    const { app, transport } = await startHybrid([WrittenNotes, EveryNote]);
    const subscriptions = transport.subscriptions();
    const prefix = subscriptions[0].groupId.split('.written')[0];
    expect(subscriptions).toEqual([
      {
        name: 'written',
        groupId: `${prefix}.written`,
        topics: [bed.topic],
        patterns: [written],
        controller: 'WrittenNotes',
      },
      {
        name: 'everything',
        groupId: `${prefix}.everything`,
        topics: [bed.topic],
        patterns: [`${bed.context}.note.*`],
        controller: 'EveryNote',
      },
    ]);

    // 6 streams of 15 events, every third one `tagged` (no method in the 'written' group).
    const messages = [];
    const expectedWritten = new Map<string, number[]>();
    for (let position = 1; position <= 15; position += 1) {
      for (let stream = 0; stream < 6; stream += 1) {
        const streamId = `note-order-${stream}`;
        const isTag = position % 3 === 0;
        messages.push(
          isTag
            ? message(tagged, streamId, position, { tag: `t${position}` })
            : message(written, streamId, position, { text: `第${position}条` }),
        );
        if (!isTag)
          expectedWritten.set(streamId, [...(expectedWritten.get(streamId) ?? []), position]);
      }
    }
    await bed.producer.send({ topic: bed.topic, messages });

    await eventually(() => {
      expect(seen.written).toHaveLength(60);
      expect(seen.everything).toHaveLength(90);
    });
    const byStream = (entries: string[]) => {
      const streams = new Map<string, number[]>();
      for (const entry of entries) {
        const [streamId, position] = entry.split('/');
        streams.set(streamId, [...(streams.get(streamId) ?? []), Number(position)]);
      }
      return streams;
    };
    expect(byStream(seen.written)).toEqual(expectedWritten);
    const range = Array.from({ length: 15 }, (_, index) => index + 1);
    for (const positions of byStream(seen.everything).values()) expect(positions).toEqual(range);
    expect([...seen.contexts]).toEqual([`${prefix}.written ${bed.topic}`]);

    expect([...transport.unwrap<ReadonlyMap<string, unknown>>().keys()]).toEqual([
      `${prefix}.written`,
      `${prefix}.everything`,
    ]);
    await closeApp(app);
  });

  it('sends what a method throws (or its Observable errors with) through the retries to the dead-letter topic', async () => {
    const context = `${bed.context}-dlq`;
    const written = `${context}.note.written`;
    const topic = topicForEventType(written);
    const attempts = new Map<string, number>();
    const handled: string[] = [];

    @KafkaController('failing')
    class FailingNotes {
      @EventPattern(written)
      onWritten(event: EventEnvelope<{ text: string }>): Promise<void> | Observable<never> {
        const { text } = event.data;
        attempts.set(text, (attempts.get(text) ?? 0) + 1);
        if (text === 'observable') {
          return throwError(() => new PermanentError('an Observable that fails'));
        }
        return (async () => {
          if (text === 'poison') throw new Error('cannot file a poison note');
          if (text === 'permanent') throw new PermanentError('breaks a rule');
          handled.push(text);
        })();
      }
    }

    const deadLetters: string[] = [];
    const listened: string[] = [];
    const { app, transport } = await startHybrid([FailingNotes], {
      registry: noteRegistry(context),
      retry: { attempts: 3, initialDelayMs: 10, maxDelayMs: 50 },
      onDeadLetter: (deadTopic, error) => deadLetters.push(`${deadTopic} ${error.message}`),
    });
    transport.on('dead-letter', (_topic, error, groupId) =>
      listened.push(`${groupId} ${error.name}`),
    );
    const [{ groupId }] = transport.subscriptions();
    await bed.producer.send({
      topic,
      messages: [
        message(written, 'note-a', 1, { text: 'poison' }),
        message(written, 'note-a', 2, { text: 'permanent' }),
        { key: 'note-a', value: '{ not json' },
        message(written, 'note-a', 3, { text: 'observable' }),
        message(written, 'note-a', 4, { text: 'after' }),
      ],
    });

    await eventually(() => expect(handled).toEqual(['after']));
    expect(Object.fromEntries(attempts)).toEqual({
      poison: 3,
      permanent: 1,
      observable: 1,
      after: 1,
    });
    const dead = await readTopic(bed.kafka, deadLetterTopic(topic), 4);
    expect(
      dead.map((letter) => [
        headerText(letter.headers, DLQ_HEADERS.error),
        headerText(letter.headers, DLQ_HEADERS.attempts),
        headerText(letter.headers, DLQ_HEADERS.group),
        headerText(letter.headers, DLQ_HEADERS.topic),
      ]),
    ).toEqual([
      ['Error: cannot file a poison note', '3', groupId, topic],
      ['PermanentError: breaks a rule', '1', groupId, topic],
      [expect.stringContaining('SyntaxError'), '1', groupId, topic],
      ['PermanentError: an Observable that fails', '1', groupId, topic],
    ]);
    expect(deadLetters).toEqual([
      `${topic} cannot file a poison note`,
      `${topic} breaks a rule`,
      expect.stringContaining(topic),
      `${topic} an Observable that fails`,
    ]);
    expect(listened).toEqual([
      `${groupId} Error`,
      `${groupId} PermanentError`,
      `${groupId} SyntaxError`,
      `${groupId} PermanentError`,
    ]);
    await closeApp(app);
  });

  it('stops its consumers when the app closes: the groups are left empty and nothing more is handled', async () => {
    const context = `${bed.context}-close`;
    const written = `${context}.note.written`;
    const topic = topicForEventType(written);
    const handled: string[] = [];

    @KafkaController('closing')
    class ClosingNotes {
      @EventPattern(written)
      async onWritten(event: EventEnvelope<{ text: string }>) {
        handled.push(event.data.text);
      }
    }

    const { app, transport } = await startHybrid([ClosingNotes], {
      registry: noteRegistry(context),
    });
    const [{ groupId }] = transport.subscriptions();
    await untilGroupsJoined(bed.kafka, [groupId]);
    await bed.producer.send({
      topic,
      messages: [message(written, 'note-c', 1, { text: 'before' })],
    });
    await eventually(() => expect(handled).toEqual(['before']));

    await closeApp(app);
    const [group] = (await admin.describeGroups([groupId])).groups;
    expect(group.state).toBe('Empty');
    expect(group.members).toEqual([]);
    expect(() => transport.unwrap()).toThrow(/not listening/);

    await bed.producer.send({
      topic,
      messages: [message(written, 'note-c', 2, { text: 'after' })],
    });
    await sleep(1_500);
    expect(handled).toEqual(['before']);
  });
});
