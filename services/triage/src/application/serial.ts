/**
 * Runs tasks one after another. The index answers by arrival order and its answers are recorded
 * in the order of the appends, so no two assessments may interleave.
 */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
