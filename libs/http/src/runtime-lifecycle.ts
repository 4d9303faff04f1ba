import type { OnApplicationShutdown, Provider } from '@nestjs/common';

/** What a service's composition root must offer to be stopped with its Nest app. */
export interface StoppableRuntime {
  stop(): Promise<unknown>;
}

/** Stops the runtime (consumers, workers, relay, connections) when the Nest app closes. */
export class RuntimeLifecycle implements OnApplicationShutdown {
  constructor(private readonly runtime: StoppableRuntime) {}

  onApplicationShutdown() {
    return this.runtime.stop();
  }
}

/** The provider a service module lists so that closing the app stops `runtime`. */
export const runtimeLifecycle = (runtime: StoppableRuntime): Provider => ({
  provide: RuntimeLifecycle,
  useFactory: () => new RuntimeLifecycle(runtime),
});
