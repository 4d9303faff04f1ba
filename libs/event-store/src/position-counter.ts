import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import { duplicateKeyFields } from './duplicate-key';

export interface CounterDocument {
  _id: string;
  value?: number;
  logId?: string;
}

const POSITION = 'position';
const IDENTITY = 'log';

interface Waiting {
  resolve(position: number): void;
  reject(error: unknown): void;
}

/**
 * Hands out global positions with an atomic `$inc`. A position is only a claim: the commit's
 * insert makes it real, and the unique index on `position` lets a reader seal a position whose
 * writer never came (CommitLog), so a number handed out is never used twice. Appends of this
 * process that ask while an `$inc` is under way share the next one (`$inc` by their number, in
 * the order they asked): on a server that does one write at a time that halves an append's cost.
 */
export class PositionCounter {
  private waiting: Waiting[] = [];
  private taking = false;

  constructor(private readonly counters: Model<CounterDocument>) {}

  next(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (!this.taking) void this.takeRounds();
    });
  }

  private async takeRounds(): Promise<void> {
    this.taking = true;
    while (this.waiting.length > 0) {
      const round = this.waiting.splice(0);
      try {
        const last = await this.increment(round.length);
        round.forEach((waiting, index) => waiting.resolve(last - round.length + 1 + index));
      } catch (error) {
        round.forEach((waiting) => waiting.reject(error));
      }
    }
    this.taking = false;
  }

  private async increment(by: number): Promise<number> {
    for (;;) {
      const counter = await this.counters
        .findOneAndUpdate(
          { _id: POSITION },
          { $inc: { value: by } },
          { upsert: true, returnDocument: 'after', lean: true },
        )
        .exec()
        .catch((error: unknown) => {
          // Two first upserts at once: the loser finds the counter on its next try.
          if (duplicateKeyFields(error)) return null;
          throw error;
        });
      // SecantusDB answers the loser of a first-upsert race with no document at all.
      if (counter) return counter.value!;
    }
  }

  /**
   * The log's identity, made with its first use: a log that is wiped and begun again is another
   * log, so what readers remember of the old one (a relay's checkpoint) is not applied to it.
   */
  async logId(): Promise<string> {
    for (;;) {
      const identity = await this.counters
        .findOneAndUpdate(
          { _id: IDENTITY },
          { $setOnInsert: { logId: randomUUID() } },
          { upsert: true, returnDocument: 'after', lean: true },
        )
        .exec()
        .catch((error: unknown) => {
          if (duplicateKeyFields(error)) return null;
          throw error;
        });
      if (identity?.logId) return identity.logId;
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
