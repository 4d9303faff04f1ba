import 'reflect-metadata';
import { Module, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { EventEnvelope } from '@opinion/contracts';
import { of } from 'rxjs';
import { InMemoryEventTransport } from './in-memory-event-transport';
import { KafkaController, type KafkaEventContext } from './kafka-controller';

@Module({})
class TransportSpecModule {}

const event = (type: string) => ({ type }) as EventEnvelope;

describe('InMemoryEventTransport: @KafkaController methods without Kafka', () => {
  const apps: INestApplication[] = [];
  afterEach(async () => {
    await Promise.allSettled(apps.splice(0).map((app) => app.close()));
  });

  async function listen(controllers: Type[]): Promise<InMemoryEventTransport> {
    const app = await NestFactory.create(
      { module: TransportSpecModule, controllers },
      { logger: false },
    );
    apps.push(app);
    const transport = new InMemoryEventTransport();
    app.connectMicroservice({ strategy: transport });
    await app.startAllMicroservices();
    return transport;
  }

  it('runs a method once per event even when several of its patterns match, in declaration order', async () => {
    const calls: string[] = [];
    @KafkaController('overlap')
    class Overlap {
      @EventPattern(['opinion.submission.submitted', 'opinion.submission.*'])
      first() {
        calls.push('first');
      }

      @EventPattern('opinion.submission.*')
      second() {
        return of(calls.push('second'));
      }
    }
    const transport = await listen([Overlap]);
    await transport.deliver([event('opinion.submission.submitted')]);
    await transport.deliver([event('opinion.screening.returned')]);
    expect(calls).toEqual(['first', 'second']);
  });

  it('hands every group the events of its types, with its name and the topic', async () => {
    const seen: string[] = [];
    @KafkaController('timeline')
    class Timeline {
      @EventPattern(['opinion.submission.*', 'opinion.screening.*'])
      add(@Payload() e: EventEnvelope, @Ctx() context: KafkaEventContext) {
        seen.push(`${context.getGroupId()} ${context.getTopic()} ${e.type}`);
      }
    }
    @KafkaController('screening')
    class Screening {
      @EventPattern('opinion.screening.returned')
      record(@Payload() e: EventEnvelope) {
        seen.push(`screening ${e.type}`);
      }
    }
    const transport = await listen([Timeline, Screening]);
    await transport.deliver([
      event('opinion.submission.submitted'),
      event('opinion.screening.returned'),
    ]);
    expect(seen).toEqual([
      'timeline opinion.submission.events opinion.submission.submitted',
      'timeline opinion.screening.events opinion.screening.returned',
      'screening opinion.screening.returned',
    ]);
    expect(transport.unwrap()).toEqual({
      timeline: ['opinion.submission.*', 'opinion.screening.*'],
      screening: ['opinion.screening.returned'],
    });
  });

  it("passes a method's error to the caller", async () => {
    @KafkaController('failing')
    class Failing {
      @EventPattern('opinion.submission.submitted')
      fail() {
        throw new RangeError('no such item');
      }
    }
    const transport = await listen([Failing]);
    await expect(transport.deliver([event('opinion.submission.submitted')])).rejects.toThrow(
      RangeError,
    );
  });

  it('refuses to start with controllers it cannot place, as the Kafka transport does', async () => {
    @KafkaController('bad')
    class Bad {
      @EventPattern('not-a-type')
      handle() {}
    }
    await expect(listen([Bad])).rejects.toThrow(/is not an event type/);
  });
});
