import type { NestExpressApplication } from '@nestjs/platform-express';
import type { EventStorePort } from '@opinion/event-store';
import type { InMemoryEventTransport } from '@opinion/messaging';

export interface ApiAnswer<Body = unknown> {
  status: number;
  headers: Headers;
  /** The JSON body, the text of any other body, or null when there is none. */
  body: Body;
}

export interface ApiRequestOptions {
  /** Sent as JSON unless it is a string or bytes (then as it is, with the caller's content type). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ApiSpecificationOptions {
  /** The service's app (its own `createServiceApp` options) on a runtime of in-memory ports. */
  app: NestExpressApplication;
  /** The in-memory store those ports write to. */
  store: EventStorePort;
  /** The runtime's transport, which serves the app's `@KafkaController`s. */
  transport: InMemoryEventTransport;
}

/**
 * A service's HTTP app on a loopback port, over an in-memory event store and transport: a use
 * case is specified through its API, as a client sees it, with no database, broker or Redis.
 * `relay()` hands what the use cases appended to the app's own Kafka controllers, as the outbox
 * relay and Kafka would, so read models fed by events are specified too.
 */
export class ApiSpecification {
  private delivered = 0;

  private constructor(
    private readonly options: ApiSpecificationOptions,
    readonly url: string,
  ) {}

  static async start(options: ApiSpecificationOptions): Promise<ApiSpecification> {
    await options.app.listen(0, '127.0.0.1');
    return new ApiSpecification(options, await options.app.getUrl());
  }

  async request<Body = unknown>(
    method: string,
    path: string,
    { body, headers = {} }: ApiRequestOptions = {},
  ): Promise<ApiAnswer<Body>> {
    const raw = typeof body === 'string' || body instanceof Uint8Array;
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers:
        body === undefined || raw ? headers : { 'content-type': 'application/json', ...headers },
      body:
        body === undefined ? undefined : raw ? (body as string | Uint8Array) : JSON.stringify(body),
    });
    const text = await response.text();
    const json = response.headers.get('content-type')?.includes('json') ?? false;
    return {
      status: response.status,
      headers: response.headers,
      body: (text === '' ? null : json ? JSON.parse(text) : text) as Body,
    };
  }

  /**
   * Delivers every event appended since the last relay to the app's Kafka controllers, and what
   * they append in turn, until nothing new is left; answers how many were delivered.
   */
  async relay(): Promise<number> {
    const { store, transport } = this.options;
    let count = 0;
    for (;;) {
      const last = await store.lastGlobalPosition();
      if (last <= this.delivered) return count;
      const events = await store.readAll(this.delivered + 1, last - this.delivered);
      this.delivered = last;
      await transport.deliver(events);
      count += events.length;
    }
  }

  close(): Promise<void> {
    return this.options.app.close();
  }
}
