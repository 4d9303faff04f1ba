import 'reflect-metadata';
import { Controller, Module, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, MessagePattern } from '@nestjs/microservices';
import { EventRegistry } from '@opinion/contracts';
import { createKafka } from './kafka-client';
import { KafkaController } from './kafka-controller';
import { KafkaEventTransport, type KafkaEventTransportOptions } from './kafka-event-transport';

@Module({})
class TransportSpecModule {}

// Never contacted: every case here fails or is read before the transport connects.
const kafka = createKafka(['127.0.0.1:1'], 'transport-spec');

describe('KafkaEventTransport: how controllers become consumer groups', () => {
  const apps: INestApplication[] = [];
  afterEach(async () => {
    await Promise.allSettled(apps.splice(0).map((app) => app.close()));
  });

  async function connect(controllers: Type[], options: Partial<KafkaEventTransportOptions> = {}) {
    const app = await NestFactory.create(
      { module: TransportSpecModule, controllers },
      { logger: false },
    );
    apps.push(app);
    const transport = new KafkaEventTransport({
      kafka,
      registry: new EventRegistry(),
      groupPrefix: 'intake',
      ...options,
    });
    app.connectMicroservice({ strategy: transport });
    return { app, transport };
  }

  const start = async (controllers: Type[]) =>
    (await connect(controllers)).app.startAllMicroservices();

  it('makes each @KafkaController one group on the topics of its event types', async () => {
    @KafkaController('timeline')
    class Timeline {
      @EventPattern('opinion.submission.submitted')
      submitted() {}

      @EventPattern(['opinion.submission.withdrawn', 'opinion.screening.*'])
      others() {}
    }

    @KafkaController('my-submissions')
    class MySubmissions {
      @EventPattern('opinion.submission.submitted')
      submitted() {}
    }

    const { transport } = await connect([Timeline, MySubmissions]);
    expect(transport.subscriptions()).toEqual([
      {
        name: 'timeline',
        groupId: 'intake.timeline',
        topics: ['opinion.submission.events', 'opinion.screening.events'],
        patterns: [
          'opinion.submission.submitted',
          'opinion.submission.withdrawn',
          'opinion.screening.*',
        ],
        controller: 'Timeline',
      },
      {
        name: 'my-submissions',
        groupId: 'intake.my-submissions',
        topics: ['opinion.submission.events'],
        patterns: ['opinion.submission.submitted'],
        controller: 'MySubmissions',
      },
    ]);
    expect(() => transport.unwrap()).toThrow(/not listening/);
  });

  it('refuses, when it starts, handlers it cannot place', async () => {
    @Controller()
    class Untagged {
      @EventPattern('opinion.submission.submitted')
      submitted() {}
    }
    await expect(start([Untagged])).rejects.toThrow(/without @KafkaController/);

    @KafkaController('rpc')
    class Rpc {
      @MessagePattern('opinion.submission.submitted')
      submitted() {}
    }
    await expect(start([Rpc])).rejects.toThrow(/use @EventPattern/);

    @KafkaController('odd')
    class NotAType {
      @EventPattern('submitted')
      submitted() {}
    }
    await expect(start([NotAType])).rejects.toThrow(/is not an event type/);

    @KafkaController('same')
    class First {
      @EventPattern('opinion.submission.submitted')
      submitted() {}
    }
    @KafkaController('same')
    class Second {
      @EventPattern('opinion.submission.submitted')
      submitted() {}
    }
    await expect(start([First, Second])).rejects.toThrow(/one controller is one consumer group/);

    expect(() => KafkaController('has space')).toThrow(/group name/);
  });

  it('refuses options for a group no controller declares, before connecting', async () => {
    @KafkaController('screening')
    class Screening {
      @EventPattern('opinion.screening.returned')
      returned() {}
    }
    const { app } = await connect([Screening], { groups: { screenig: { fromBeginning: false } } });
    await expect(app.startAllMicroservices()).rejects.toThrow(/options for screenig/);
  });
});
