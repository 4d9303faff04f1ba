import type { Model } from 'mongoose';

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
  constructor(private readonly heads: Model<StreamHeadDocument>) {}

  /** A version the stream has reached at least; 0 when nothing is known. */
  async known(streamId: string): Promise<number> {
    return (await this.heads.findById(streamId, { version: 1 }).lean())?.version ?? 0;
  }

  async advance(streamId: string, version: number): Promise<void> {
    await this.heads
      .updateOne({ _id: streamId }, { $max: { version } }, { upsert: true })
      .catch((error: { code?: number }) => {
        // Two first appends raced to create the hint; the other one's is as good.
        if (error.code !== 11000) throw error;
      });
  }
}
