import { deadLetterTopic, type EventEnvelope, type EventRegistry } from '@opinion/contracts';
import type { Consumer, EachMessagePayload, Kafka, Producer } from 'kafkajs';
import { deadLetterHeaders } from './dead-letter';
import type { Inbox } from './inbox';
import { createOrderedProducer, ensureTopics } from './kafka-client';
import { backoffDelay, defaultRetryPolicy, PermanentError, type RetryPolicy } from './retry-policy';

export type EventHandler = (event: EventEnvelope) => Promise<void>;

export interface EventConsumerOptions {
  groupId: string;
  topics: string[];
  registry: EventRegistry;
  handler: EventHandler;
  /** For handlers whose effect is not idempotent by itself. */
  inbox?: Inbox;
  retry?: RetryPolicy;
  fromBeginning?: boolean;
  onDeadLetter?: (topic: string, error: Error) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error));

/**
 * The one way services consume events: kafkajs directly (see docs/adr/0003), one message at a
 * time per partition. A message that cannot be read, or whose handler keeps failing after the
 * retries, goes to `<topic>.dlq` with its error, and the partition moves on.
 */
export class EventConsumer {
  private readonly consumer: Consumer;
  private readonly producer: Producer;

  constructor(
    kafka: Kafka,
    private readonly options: EventConsumerOptions,
  ) {
    this.consumer = kafka.consumer({ groupId: options.groupId });
    this.producer = createOrderedProducer(kafka);
  }

  async start(kafka: Kafka): Promise<void> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await ensureTopics(admin, [
        ...this.options.topics,
        ...this.options.topics.map(deadLetterTopic),
      ]);
    } finally {
      await admin.disconnect();
    }
    await this.producer.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({
      topics: this.options.topics,
      fromBeginning: this.options.fromBeginning ?? true,
    });
    await this.consumer.run({ eachMessage: (payload) => this.process(payload) });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
    await this.producer.disconnect();
  }

  private async process({
    topic,
    partition,
    message,
    heartbeat,
  }: EachMessagePayload): Promise<void> {
    let event: EventEnvelope;
    try {
      event = this.options.registry.read(JSON.parse(message.value?.toString('utf8') ?? ''));
    } catch (error) {
      return this.deadLetter(topic, partition, message, asError(error), 1);
    }
    if (await this.options.inbox?.has(event.eventId)) return;

    const policy = this.options.retry ?? defaultRetryPolicy;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.options.handler(event);
        await this.options.inbox?.record(event.eventId);
        return;
      } catch (error) {
        if (error instanceof PermanentError || attempt >= policy.attempts) {
          return this.deadLetter(topic, partition, message, asError(error), attempt);
        }
        await sleep(backoffDelay(policy, attempt));
        await heartbeat();
      }
    }
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: EachMessagePayload['message'],
    error: Error,
    attempts: number,
  ): Promise<void> {
    await this.producer.send({
      topic: deadLetterTopic(topic),
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: deadLetterHeaders(message.headers, {
            topic,
            partition,
            offset: message.offset,
            groupId: this.options.groupId,
            error,
            attempts,
            failedAt: new Date(),
          }),
        },
      ],
    });
    this.options.onDeadLetter?.(topic, error);
  }
}
