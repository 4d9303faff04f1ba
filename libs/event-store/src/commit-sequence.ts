import type { Model } from 'mongoose';
import type { CommitDocument } from './commit-document';

export interface SequenceHint {
  _id: string;
  next: number;
}

const HINT_ID = 'next-position';
const HINT_EVERY = 64;
const MAX_PROBES_BEFORE_RESYNC = 16;

/**
 * Global positions of commits. A position is taken by inserting the commit with it as `_id`,
 * which both MongoDB and FerretDB enforce atomically; a taken one is skipped. (An `$inc`
 * counter loses updates under concurrency on FerretDB v1.) Because every writer takes the
 * lowest free position at or above what it knows, taken positions stay dense, and an append
 * that starts after another finished always gets a higher position.
 */
export class CommitSequence {
  private static readonly instances = new WeakMap<Model<CommitDocument>, CommitSequence>();
  /** The next position to hand out; a chain, so concurrent callers get distinct ones in order. */
  private cursor: Promise<number> | undefined;
  private probes = 0;

  private constructor(
    private readonly commits: Model<CommitDocument>,
    private readonly hints: Model<SequenceHint>,
  ) {}

  /** One sequence per commits collection in a process, so its writers never collide. */
  static for(commits: Model<CommitDocument>, hints: Model<SequenceHint>): CommitSequence {
    let sequence = CommitSequence.instances.get(commits);
    if (!sequence) {
      sequence = new CommitSequence(commits, hints);
      CommitSequence.instances.set(commits, sequence);
    }
    return sequence;
  }

  /** The position to try next. */
  candidate(): Promise<number> {
    const position = this.cursor ?? this.readHint();
    this.cursor = position.then((taken) => taken + 1);
    return position;
  }

  /** Someone else holds `position`: move past it (re-reading the end after many misses). */
  taken(position: number): void {
    this.probes += 1;
    const resync = this.probes >= MAX_PROBES_BEFORE_RESYNC;
    if (resync) this.probes = 0;
    this.cursor = (this.cursor ?? this.readHint()).then(async (next) =>
      Math.max(next, position + 1, resync ? (await this.lastTaken()) + 1 : 0),
    );
  }

  /** `position` is ours now; now and then tell other processes where to start. */
  async committed(position: number): Promise<void> {
    this.probes = 0;
    if (position % HINT_EVERY !== 0) return;
    await this.hints
      .updateOne(
        { _id: HINT_ID, next: { $lt: position + 1 } },
        { $set: { next: position + 1 } },
        { upsert: true },
      )
      .catch((error: { code?: number }) => {
        // A concurrent writer moved the hint further already.
        if (error.code !== 11000) throw error;
      });
  }

  /** The highest position taken so far (0 for an empty store). */
  async lastTaken(): Promise<number> {
    const last = await this.commits.findOne({}, { _id: 1 }).sort({ _id: -1 }).lean();
    return last?._id ?? 0;
  }

  private async readHint(): Promise<number> {
    const hint = await this.hints.findById(HINT_ID).lean();
    return hint?.next ?? 1;
  }
}
