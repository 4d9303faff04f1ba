interface StartedPart {
  name: string;
  stop: () => Promise<unknown> | unknown;
}

/** A part that failed to stop, and why; the others were still stopped. */
export class StopFailedError extends AggregateError {
  constructor(errors: Array<{ name: string; error: unknown }>) {
    super(
      errors.map(({ error }) => error),
      `could not stop cleanly: ${errors.map(({ name }) => name).join(', ')}`,
    );
  }
}

/**
 * The parts a service runs (connections, relay, consumers, workers), in the order they start.
 * They stop in the reverse order, each once, whatever fails: the one cleanup path for a failed
 * start and for a shutdown.
 */
export class ServiceParts {
  private readonly started: StartedPart[] = [];

  /**
   * Builds a service from its parts: `build` starts them with `start`, in order. When it throws,
   * the parts it had started are stopped before the error goes on.
   */
  static async build<T>(build: (parts: ServiceParts) => Promise<T>): Promise<T> {
    const parts = new ServiceParts();
    try {
      return await build(parts);
    } catch (error) {
      await parts.stop().catch(() => undefined);
      throw error;
    }
  }

  /** Starts one part; it stops before every part started earlier. */
  async start<T>(
    name: string,
    start: () => Promise<T> | T,
    stop: (part: T) => Promise<unknown> | unknown,
  ): Promise<T> {
    const part = await start();
    this.started.push({ name, stop: () => stop(part) });
    return part;
  }

  /** The names of the running parts, in start order. */
  names(): string[] {
    return this.started.map(({ name }) => name);
  }

  /** Stops every part, newest first; throws StopFailedError after the rest stopped when some failed. */
  async stop(): Promise<void> {
    const failures: Array<{ name: string; error: unknown }> = [];
    for (const { name, stop } of this.started.splice(0).reverse()) {
      try {
        await stop();
      } catch (error) {
        failures.push({ name, error });
      }
    }
    if (failures.length > 0) throw new StopFailedError(failures);
  }
}
