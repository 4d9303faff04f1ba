/** How many streams a process remembers (the least recently used forgotten first). */
const REMEMBERED_STREAMS = 10_000;

/**
 * The versions this process has seen its streams reach, by its own appends and reads. Versions
 * only grow, so a remembered one is a lower bound of the real head: when it equals an append's
 * expected version the stream is at least there, and the unique index refuses the commit if
 * another process went further. That saves the head query for the usual read-decide-append.
 */
export class KnownHeads {
  private readonly versions = new Map<string, number>();

  confirms(streamId: string, expected: number): boolean {
    return this.versions.get(streamId) === expected;
  }

  saw(streamId: string, version: number): void {
    const highest = Math.max(version, this.versions.get(streamId) ?? 0);
    this.versions.delete(streamId);
    this.versions.set(streamId, highest);
    if (this.versions.size > REMEMBERED_STREAMS) {
      this.versions.delete(this.versions.keys().next().value!);
    }
  }
}
