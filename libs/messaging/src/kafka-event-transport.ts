import type { EventEnvelope, EventRegistry } from '@opinion/contracts';
import type { Kafka } from 'kafkajs';
import { EventControllerServer, runHandlers, type EventControllerGroup } from './event-handlers';
import { EventConsumer, type EventConsumerOptions } from './event-consumer';
import { KafkaEventContext } from './kafka-controller';

/** Consumer options every group gets, as a runtime passes them to `EventConsumer` today. */
export type KafkaGroupSettings = Omit<
  EventConsumerOptions,
  'groupId' | 'topics' | 'handler' | 'registry' | 'inbox'
>;

/** What one group may set differently: an inbox of its own, another retry policy, … */
export type KafkaGroupOverrides = Partial<KafkaGroupSettings> &
  Pick<EventConsumerOptions, 'inbox'> & { registry?: EventRegistry };

export interface KafkaEventTransportOptions extends KafkaGroupSettings {
  kafka: Kafka;
  /** Reads and validates (and upcasts) every message, as `EventConsumer` does. */
  registry: EventRegistry;
  /** Group ids are `<groupPrefix>.<name>` (e.g. the service's `INTAKE_CONSUMER_GROUP`), or the name. */
  groupPrefix?: string;
  /** Per `@KafkaController` name. A name no controller has is refused by `listen()`. */
  groups?: Record<string, KafkaGroupOverrides>;
}

/** One consumer group: a `@KafkaController` class and what it subscribes to. */
export interface KafkaSubscription {
  name: string;
  groupId: string;
  topics: string[];
  /** Its `@EventPattern`s: event types, or `<context>.<aggregate>.*` for a whole topic. */
  patterns: string[];
  controller: string;
}

export type KafkaEventTransportStatus = 'connecting' | 'connected' | 'disconnected';

export type KafkaEventTransportEvents = {
  /** After a message went to `<topic>.dlq`, besides the options' `onDeadLetter`. */
  'dead-letter': (topic: string, error: Error, groupId: string) => void;
};

const groupIdOf = (prefix: string | undefined, name: string): string =>
  prefix ? `${prefix}.${name}` : name;

/**
 * The project's Kafka consumers as a Nest transport (`app.connectMicroservice({ strategy })`).
 * Each `@KafkaController(name)` class is one consumer group running one `EventConsumer` (batches,
 * inbox, retries and dead letters as everywhere else, ADR 0003) on the topics of its
 * `@EventPattern` types. Each decoded, validated envelope goes to the methods of its type, which
 * get `(event, KafkaEventContext)`; their Promises and Observables are awaited, so the partition
 * moves on when they are done. An event of a type the group has no method for is skipped (as
 * today's handlers return on types they do not handle). What a method throws reaches
 * `EventConsumer` unchanged: retried with backoff, a `PermanentError` at once to `<topic>.dlq`.
 */
export class KafkaEventTransport extends EventControllerServer<
  KafkaEventTransportEvents,
  KafkaEventTransportStatus
> {
  private readonly deadLetterListeners: KafkaEventTransportEvents['dead-letter'][] = [];
  private consumers: Map<string, EventConsumer> | undefined;
  private starting: Promise<void> | undefined;

  constructor(private readonly options: KafkaEventTransportOptions) {
    super();
  }

  /** The groups the app's controllers declare (known once Nest registered them). */
  subscriptions(): KafkaSubscription[] {
    return this.controllers.groups().map((group) => ({
      name: group.tag.name,
      groupId: groupIdOf(this.options.groupPrefix, group.tag.name),
      topics: group.topics(),
      patterns: group.entries.map(({ pattern }) => pattern),
      controller: group.tag.controller.name,
    }));
  }

  listen(callback: (error?: unknown) => void): void {
    this.starting = this.start();
    this.starting.then(
      () => callback(),
      (error: unknown) => callback(error),
    );
  }

  /** Stops every group's consumer: each finishes the message it is handling, then leaves. */
  async close(): Promise<void> {
    await this.starting?.catch(() => undefined);
    this.starting = undefined;
    const consumers = this.consumers;
    this.consumers = undefined;
    if (!consumers) return;
    const stopped = await Promise.allSettled([...consumers.values()].map((c) => c.stop()));
    for (const result of stopped) {
      if (result.status === 'rejected') this.logger.error(result.reason);
    }
    this._status$.next('disconnected');
  }

  on<Event extends keyof KafkaEventTransportEvents>(
    event: Event,
    callback: KafkaEventTransportEvents[Event],
  ): void {
    if (event !== 'dead-letter') throw new Error(`KafkaEventTransport: no event '${event}'`);
    this.deadLetterListeners.push(callback);
  }

  /** The running consumers by group id. */
  unwrap<T = ReadonlyMap<string, EventConsumer>>(): T {
    if (!this.consumers) {
      throw new Error('KafkaEventTransport: not listening; call listen() first');
    }
    return this.consumers as T;
  }

  private async start(): Promise<void> {
    if (this.consumers) throw new Error('KafkaEventTransport: already listening');
    const { kafka, registry, groupPrefix, groups: overrides = {}, ...shared } = this.options;
    const unknown = Object.keys(overrides).filter((name) => !this.controllers.has(name));
    const problems = [...this.controllers.problems];
    if (unknown.length > 0) {
      problems.push(`options for ${unknown.join(', ')}, which no @KafkaController is`);
    }
    if (problems.length > 0) throw new Error(`KafkaEventTransport: ${problems.join('; ')}`);
    this._status$.next('connecting');
    const consumers = new Map<string, EventConsumer>();
    try {
      for (const group of this.controllers.groups()) {
        const groupId = groupIdOf(groupPrefix, group.tag.name);
        const own = overrides[group.tag.name] ?? {};
        const onDeadLetter = own.onDeadLetter ?? shared.onDeadLetter;
        const consumer = new EventConsumer(kafka, {
          ...shared,
          ...own,
          groupId,
          topics: group.topics(),
          registry: own.registry ?? registry,
          handler: (event) => this.dispatch(group, groupId, event),
          onDeadLetter: (topic, error) => {
            onDeadLetter?.(topic, error);
            for (const listener of this.deadLetterListeners) listener(topic, error, groupId);
          },
        });
        consumers.set(groupId, consumer);
        await consumer.start(kafka);
      }
    } catch (error) {
      await Promise.allSettled([...consumers.values()].map((consumer) => consumer.stop()));
      this._status$.next('disconnected');
      throw error;
    }
    this.consumers = consumers;
    this._status$.next('connected');
  }

  private async dispatch(
    group: EventControllerGroup,
    groupId: string,
    event: EventEnvelope,
  ): Promise<void> {
    const { handlers, topic } = group.route(event.type);
    if (handlers.length === 0) return;
    await runHandlers(handlers, event, new KafkaEventContext([groupId, topic]));
  }
}
