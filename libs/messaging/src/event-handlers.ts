import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import { topicForEventType, type EventEnvelope } from '@opinion/contracts';
import { isObservable, lastValueFrom } from 'rxjs';
import { KAFKA_GROUP_EXTRA, type KafkaEventContext, type KafkaGroupTag } from './kafka-controller';

/** One `@EventPattern` registration: an event type or `<context>.<aggregate>.*`, and its method. */
export interface EventHandlerEntry {
  pattern: string;
  handler: MessageHandler;
}

/** `<context>.<aggregate>.<name>`, or `<context>.<aggregate>.*` for every event of the topic. */
export const EVENT_PATTERN = /^[^.*]+\.[^.*]+\.(\*|[^*]+)$/;

/**
 * The methods that handle an event type, in the order they were declared. Nest adds a method once
 * per pattern, all with its one extras object: a method whose patterns overlap (a type and its
 * topic's `.*`) is listed once.
 */
export function handlersOfType(entries: readonly EventHandlerEntry[], type: string) {
  const methods = new Set<unknown>();
  return entries
    .filter(({ pattern, handler }) => {
      const matches = pattern.endsWith('.*')
        ? type.startsWith(pattern.slice(0, -1))
        : pattern === type;
      if (!matches || methods.has(handler.extras)) return false;
      methods.add(handler.extras);
      return true;
    })
    .map(({ handler }) => handler);
}

interface TypeRoute {
  handlers: MessageHandler[];
  topic: string;
}

/** One `@KafkaController` class: one consumer group, its methods and the topics they need. */
export class EventControllerGroup {
  readonly entries: EventHandlerEntry[] = [];
  private readonly routes = new Map<string, TypeRoute>();

  constructor(readonly tag: KafkaGroupTag) {}

  topics(): string[] {
    return [...new Set(this.entries.map(({ pattern }) => topicForEventType(pattern)))];
  }

  /** Every handler of the type, in the order they were declared, and its topic (cached). */
  route(type: string): TypeRoute {
    let route = this.routes.get(type);
    if (!route) {
      route = { handlers: handlersOfType(this.entries, type), topic: topicForEventType(type) };
      this.routes.set(type, route);
    }
    return route;
  }
}

const shown = (pattern: unknown) =>
  typeof pattern === 'string' ? `'${pattern}'` : JSON.stringify(pattern);

/**
 * The `@KafkaController` groups of an app, as Nest registers their `@EventPattern` methods with a
 * transport (`addHandler`). A method it cannot place is kept as a problem for the transport to
 * report when it starts (a throw in `addHandler` would make Nest exit the process).
 */
export class EventControllers {
  readonly problems: string[] = [];
  private readonly byName = new Map<string, EventControllerGroup>();

  add(
    pattern: unknown,
    callback: MessageHandler,
    isEventHandler: boolean,
    extras: Record<string, unknown>,
  ): void {
    const problem = this.place(pattern, callback, isEventHandler, extras);
    if (problem) this.problems.push(problem);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  groups(): EventControllerGroup[] {
    return [...this.byName.values()];
  }

  private place(
    pattern: unknown,
    callback: MessageHandler,
    isEventHandler: boolean,
    extras: Record<string, unknown>,
  ): string | undefined {
    if (!isEventHandler) {
      return `@MessagePattern(${shown(pattern)}) has no one to reply to; use @EventPattern`;
    }
    if (typeof pattern !== 'string' || !EVENT_PATTERN.test(pattern)) {
      return (
        `@EventPattern(${shown(pattern)}) is not an event type ('<context>.<aggregate>.<name>') ` +
        `nor '<context>.<aggregate>.*'`
      );
    }
    const tag = extras[KAFKA_GROUP_EXTRA] as KafkaGroupTag | undefined;
    if (!tag) {
      return `@EventPattern('${pattern}') is on a controller without @KafkaController(<group name>)`;
    }
    let group = this.byName.get(tag.name);
    if (!group) {
      group = new EventControllerGroup(tag);
      this.byName.set(tag.name, group);
    } else if (group.tag.controller !== tag.controller) {
      return (
        `${tag.controller.name} and ${group.tag.controller.name} are both ` +
        `@KafkaController('${tag.name}'); one controller is one consumer group`
      );
    }
    callback.isEventHandler = true;
    callback.extras = extras;
    group.entries.push({ pattern, handler: callback });
    return undefined;
  }
}

/** `transportId` of the project's transports: `@EventPattern(type, KAFKA_EVENT_TRANSPORT)` names them. */
export const KAFKA_EVENT_TRANSPORT = Symbol('opinion-kafka-events');

type Listeners = Record<string, (...args: never[]) => unknown>;

/** A Nest transport serving `@KafkaController`s: the groups Nest registers, placed one way. */
export abstract class EventControllerServer<
  Events extends Listeners = Listeners,
  Status extends string = string,
>
  extends Server<Events, Status>
  implements CustomTransportStrategy
{
  override transportId: symbol = KAFKA_EVENT_TRANSPORT;
  protected readonly controllers = new EventControllers();

  /**
   * Called by Nest for every `@EventPattern` method (in `connectMicroservice`). A handler it
   * cannot place is reported by `listen()`, so that `startAllMicroservices()` rejects with every
   * such mistake (a throw here would make Nest exit the process).
   */
  override addHandler(
    pattern: unknown,
    callback: MessageHandler,
    isEventHandler = false,
    extras: Record<string, unknown> = {},
  ): void {
    this.controllers.add(pattern, callback, isEventHandler, extras);
  }
}

/** Runs the methods one after another, awaiting what they return (a Promise or an Observable). */
export async function runHandlers(
  handlers: readonly MessageHandler[],
  event: EventEnvelope,
  context: KafkaEventContext,
): Promise<void> {
  for (const handler of handlers) {
    const result: unknown = await handler(event, context);
    if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
  }
}
