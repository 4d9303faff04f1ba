import type { Model } from 'mongoose';

/** How many streams a process remembers (oldest forgotten first). */
const RECENT_STREAMS = 10_000;

export interface StreamHeadDocument {
  _id: string;
  version: number;
}

/**
 * Each stream's version as last seen, kept beside the log so an append can check its expected
 * version with a read by `_id` instead of a query over the log (FerretDB v1 uses no index for
 * the latter, ADR 0009). A hint only: it is written after the commit and may lag behind, never
 * run ahead, so it can confirm an expected version but never hide a conflict — the unique index
 * on the commits still decides.
 */
export class StreamHeads {
  /** What this process wrote or read lately: most appends follow a read of the same stream. */
  private readonly recent = new Map<string, number>();

  constructor(private readonly heads: Model<StreamHeadDocument>) {}

  /** A version the stream has reached at least; 0 when nothing is known. */
  async known(streamId: string, expected?: number): Promise<number> {
    const remembered = this.recent.get(streamId) ?? 0;
    if (remembered === expected) return remembered;
    const stored = (await this.heads.findById(streamId, { version: 1 }).lean())?.version ?? 0;
    return Math.max(remembered, stored);
  }

  /**
   * Records a version the stream reached. The write is not waited for: the hint is optional
   * (a missing or lagging one only sends another process to the log), and on FerretDB an update
   * costs as much as the append itself.
   */
  advance(streamId: string, version: number): void {
    this.remember(streamId, version);
    this.heads
      .updateOne({ _id: streamId }, { $max: { version } }, { upsert: true })
      .catch(() => undefined);
  }

  private remember(streamId: string, version: number): void {
    const highest = Math.max(version, this.recent.get(streamId) ?? 0);
    this.recent.delete(streamId);
    this.recent.set(streamId, highest);
    if (this.recent.size > RECENT_STREAMS) {
      this.recent.delete(this.recent.keys().next().value!);
    }
  }
}
