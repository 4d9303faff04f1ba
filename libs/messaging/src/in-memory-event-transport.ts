import type { EventEnvelope } from '@opinion/contracts';
import { EventControllerServer, runHandlers } from './event-handlers';
import { KafkaEventContext } from './kafka-controller';

/**
 * The `@KafkaController`s of an app without Kafka, for specs: `deliver(events)` hands each event
 * to every group's methods for its type, as each consumer group would, and what a method throws
 * reaches the caller. Controllers are placed by the same rules as `KafkaEventTransport`'s.
 */
export class InMemoryEventTransport extends EventControllerServer {
  private listening = false;

  listen(callback: (error?: unknown) => void): void {
    const { problems } = this.controllers;
    if (problems.length > 0) {
      callback(new Error(`InMemoryEventTransport: ${problems.join('; ')}`));
      return;
    }
    this.listening = true;
    callback();
  }

  close(): void {
    this.listening = false;
  }

  /** Each event to the methods of its type, group by group; group ids are the groups' names. */
  async deliver(events: readonly EventEnvelope[]): Promise<void> {
    if (!this.listening) throw new Error('InMemoryEventTransport: not listening');
    for (const event of events) {
      for (const group of this.controllers.groups()) {
        const { handlers, topic } = group.route(event.type);
        await runHandlers(handlers, event, new KafkaEventContext([group.tag.name, topic]));
      }
    }
  }

  /** The group names with the patterns of each. */
  unwrap<T = Record<string, string[]>>(): T {
    return Object.fromEntries(
      this.controllers
        .groups()
        .map((group) => [group.tag.name, group.entries.map(({ pattern }) => pattern)]),
    ) as T;
  }

  on(): never {
    throw new Error('InMemoryEventTransport has no events');
  }
}
