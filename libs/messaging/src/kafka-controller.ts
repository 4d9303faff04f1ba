import { Catch, Controller, UseFilters, type RpcExceptionFilter } from '@nestjs/common';
import { BaseRpcContext } from '@nestjs/microservices';
import { PATTERN_EXTRAS_METADATA, PATTERN_METADATA } from '@nestjs/microservices/constants';
import { throwError, type Observable } from 'rxjs';

/** The key under which `@KafkaController` tags its `@EventPattern` methods' extras. */
export const KAFKA_GROUP_EXTRA = 'opinion:kafka-group';

/** What `@KafkaController` records on each of its handlers (read by `KafkaEventTransport`). */
export interface KafkaGroupTag {
  /** The group's name; the transport prefixes it (`<groupPrefix>.<name>`) to get the group id. */
  name: string;
  controller: abstract new (...args: never[]) => unknown;
}

const GROUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Hands a handler's error to `EventConsumer` as it was thrown. Nest's default filter would turn it
 * into `{ status: 'error', message: 'Internal server error' }`, losing `PermanentError` (no
 * retries) and the message the dead letter records.
 */
@Catch()
export class RethrowToConsumerFilter implements RpcExceptionFilter {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}

/**
 * A Kafka controller: its `@EventPattern(type)` methods are one consumer group, named
 * `<groupPrefix>.<name>` (the transport's `groupPrefix`, e.g. the service's
 * `INTAKE_CONSUMER_GROUP`). The group subscribes to the topics of the types it handles
 * (`topicForEventType`); a pattern `<context>.<aggregate>.*` takes every event of that topic.
 * Errors a handler throws reach the consumer's retries and dead letters unchanged.
 */
export function KafkaController(name: string): ClassDecorator {
  if (!GROUP_NAME.test(name)) {
    throw new Error(`@KafkaController('${name}'): a group name is letters, digits, '.', '_', '-'`);
  }
  return (target) => {
    const controller = target as unknown as KafkaGroupTag['controller'];
    // Class decorators run after the method decorators, so the patterns are there to be tagged.
    for (const method of patternMethods(target.prototype as object)) {
      const extras = (Reflect.getMetadata(PATTERN_EXTRAS_METADATA, method) ?? {}) as Record<
        string,
        unknown
      >;
      const tagged = extras[KAFKA_GROUP_EXTRA] as KafkaGroupTag | undefined;
      if (tagged && tagged.controller !== controller) {
        throw new Error(
          `@KafkaController('${name}') on ${target.name}: ${method.name} is already a handler of ` +
            `${tagged.controller.name} ('${tagged.name}'); declare handlers on the controller itself`,
        );
      }
      const tag: KafkaGroupTag = { name, controller };
      Reflect.defineMetadata(
        PATTERN_EXTRAS_METADATA,
        { ...extras, [KAFKA_GROUP_EXTRA]: tag },
        method,
      );
    }
    Controller()(target);
    UseFilters(new RethrowToConsumerFilter())(target);
  };
}

type Method = (...args: unknown[]) => unknown;

/** The methods on a prototype chain that carry `@EventPattern`/`@MessagePattern` metadata. */
function patternMethods(prototype: object): Method[] {
  const found = new Set<Method>();
  for (
    let current: object | null = prototype;
    current && current !== Object.prototype;
    current = Object.getPrototypeOf(current) as object | null
  ) {
    for (const key of Object.getOwnPropertyNames(current)) {
      if (key === 'constructor') continue;
      const value = Object.getOwnPropertyDescriptor(current, key)?.value as unknown;
      if (typeof value === 'function' && Reflect.hasMetadata(PATTERN_METADATA, value)) {
        found.add(value as Method);
      }
    }
  }
  return [...found];
}

/**
 * The second argument of a Kafka handler (`@Ctx()`): which group is handling the event and the
 * topic it came from. (`EventConsumer` hands its handler the envelope only, so the partition and
 * offset are not known here; a dead letter records them.)
 */
export class KafkaEventContext extends BaseRpcContext<[groupId: string, topic: string]> {
  getGroupId(): string {
    return this.args[0];
  }

  getTopic(): string {
    return this.args[1];
  }
}
