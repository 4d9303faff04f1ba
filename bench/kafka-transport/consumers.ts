import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern } from '@nestjs/microservices';
import type { EventEnvelope, EventRegistry } from '@opinion/contracts';
import { EventConsumer, KafkaController, KafkaEventTransport } from '@opinion/messaging';
import type { Kafka } from 'kafkajs';

/** One consumer's run over the pre-produced topic. */
export interface RunResult {
  /** Events per second from the first event handled to the last. */
  eventsPerSecond: number;
  /** From start() to the last event handled: group join and topic checks included. */
  totalSeconds: number;
  /** From start() to the first event handled. */
  firstEventSeconds: number;
}

/** Counts handled events; resolves when `expected` arrived, timing the first and the last. */
class Tally {
  private handled = 0;
  private firstAt = 0;
  private readonly startedAt = performance.now();
  private resolveDone!: (result: RunResult) => void;
  readonly done = new Promise<RunResult>((resolve) => (this.resolveDone = resolve));

  constructor(private readonly expected: number) {}

  // The handler's work: what both consumers do for each event, and all they do.
  count(event: EventEnvelope): void {
    if (event.streamPosition <= 0) throw new Error('not an event');
    this.handled += 1;
    const now = performance.now();
    if (this.handled === 1) this.firstAt = now;
    if (this.handled === this.expected) {
      this.resolveDone({
        eventsPerSecond: ((this.expected - 1) * 1000) / (now - this.firstAt),
        totalSeconds: (now - this.startedAt) / 1000,
        firstEventSeconds: (this.firstAt - this.startedAt) / 1000,
      });
    }
  }
}

export interface ConsumerRun {
  kafka: Kafka;
  registry: EventRegistry;
  topic: string;
  eventType: string;
  groupId: string;
  events: number;
  timeoutMs: number;
  /** What the handler does with each event before it is counted (nothing by default). */
  work?: (event: EventEnvelope) => Promise<void>;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not done after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** (a) today's way: an EventConsumer with a handler function. */
export async function runPlainConsumer(run: ConsumerRun): Promise<RunResult> {
  const tally = new Tally(run.events);
  const consumer = new EventConsumer(run.kafka, {
    groupId: run.groupId,
    topics: [run.topic],
    registry: run.registry,
    fromBeginning: true,
    handler: async (event) => {
      if (event.type !== run.eventType) return;
      if (run.work) await run.work(event);
      tally.count(event);
    },
  });
  try {
    await consumer.start(run.kafka);
    return await withTimeout(tally.done, run.timeoutMs, `plain consumer ${run.groupId}`);
  } finally {
    await consumer.stop();
  }
}

@Module({})
class BenchModule {}

/**
 * (b) the Nest way: a hybrid app's KafkaEventTransport and an @EventPattern controller doing the
 * same work. The group id is `<prefix>.bench`.
 */
export async function runNestTransport(run: ConsumerRun): Promise<RunResult> {
  let tally: Tally | undefined;

  @KafkaController('bench')
  class BenchNotes {
    @EventPattern(run.eventType)
    async onWritten(event: EventEnvelope) {
      if (run.work) await run.work(event);
      tally!.count(event);
    }
  }

  const app = await NestFactory.create(
    { module: BenchModule, controllers: [BenchNotes] },
    { logger: false },
  );
  try {
    const groupPrefix = run.groupId.replace(/\.bench$/, '');
    const transport = new KafkaEventTransport({
      kafka: run.kafka,
      registry: run.registry,
      groupPrefix,
    });
    app.connectMicroservice({ strategy: transport });
    await app.init();
    tally = new Tally(run.events);
    await app.startAllMicroservices();
    return await withTimeout(tally.done, run.timeoutMs, `Nest transport ${run.groupId}`);
  } finally {
    await app.close();
  }
}
