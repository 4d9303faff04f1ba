import type { Provider } from '@nestjs/common';

/** A handler's class: the token controllers, consumers and workers ask for. */
export type HandlerClass<T = unknown> = abstract new (...args: never[]) => T;

/** One use case: its handler's class and how it is built from the service's ports. */
export interface UseCase<Ports, T = unknown> {
  handler: HandlerClass<T>;
  build: (ports: Ports, useCases: UseCases<Ports>) => T;
}

/** A use case's registration: the one line a new use case adds to its service's list. */
export const useCase = <Ports, T>(
  handler: HandlerClass<T>,
  build: (ports: Ports, useCases: UseCases<Ports>) => T,
): UseCase<Ports, T> => ({ handler, build: build as UseCase<Ports, T>['build'] });

/**
 * A service's handlers, each built once from its registration when first asked for (so a handler
 * may use another one), and given to Nest as providers under their classes.
 */
export class UseCases<Ports> {
  private readonly registered = new Map<HandlerClass, UseCase<Ports>>();
  private readonly built = new Map<HandlerClass, unknown>();

  constructor(
    list: ReadonlyArray<UseCase<Ports>>,
    private readonly ports: Ports,
  ) {
    for (const entry of list) {
      if (this.registered.has(entry.handler)) {
        throw new Error(`use case registered twice: ${entry.handler.name}`);
      }
      this.registered.set(entry.handler, entry);
    }
  }

  get<T>(handler: HandlerClass<T>): T {
    if (!this.built.has(handler)) {
      const entry = this.registered.get(handler);
      if (!entry) throw new Error(`no use case registered for ${handler.name}`);
      this.built.set(handler, entry.build(this.ports, this));
    }
    return this.built.get(handler) as T;
  }

  /** Every handler as a Nest provider, so a controller gets it by its class. */
  providers(): Provider[] {
    return [...this.registered.keys()].map((handler) => ({
      provide: handler,
      useValue: this.get(handler),
    }));
  }
}
