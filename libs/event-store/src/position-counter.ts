import type { Model } from 'mongoose';
import { duplicateKeyFields } from './duplicate-key';

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
    for (;;) {
      const counter = await this.counters
        .findOneAndUpdate(
          { _id: POSITION },
          { $inc: { value: 1 } },
          { upsert: true, returnDocument: 'after', lean: true },
        )
        .exec()
        .catch((error: unknown) => {
          // Two first upserts at once: the loser finds the counter on its next try.
          if (duplicateKeyFields(error)) return null;
          throw error;
        });
      // SecantusDB answers the loser of a first-upsert race with no document at all.
      if (counter) return counter.value;
    }
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
