import type { Model } from 'mongoose';

export interface CounterDocument {
  _id: string;
  value: number;
}

const POSITION = 'position';

/**
 * Hands out global positions with one atomic `$inc`. A position is only a claim: the commit's
 * insert makes it real, and the unique index on `position` lets a reader seal a position whose
 * writer never came (CommitLog), so a number handed out is never used twice.
 */
export class PositionCounter {
  constructor(private readonly counters: Model<CounterDocument>) {}

  async next(): Promise<number> {
    const counter = await this.counters
      .findOneAndUpdate(
        { _id: POSITION },
        { $inc: { value: 1 } },
        { upsert: true, returnDocument: 'after', lean: true },
      )
      .exec();
    return counter!.value;
  }

  /** The log already holds `position`: move the counter past it (as after a lost update). */
  async passed(position: number): Promise<void> {
    await this.counters.updateOne(
      { _id: POSITION },
      { $max: { value: position } },
      { upsert: true },
    );
  }
}
