import { fingerprint, type Fingerprint, type TextItem } from './fingerprint';
import { LshIndex, type Match } from './lsh-index';
import { MinHasher } from './minhash';

export interface DuplicateOptions {
  shingleSize: number;
  signatureSize: number;
  bands: number;
  seed: number;
  /** Estimated Jaccard at or above which two items are the same text. */
  jaccardThreshold: number;
  /** Estimated containment at or above which the smaller item is an excerpt of the larger. */
  containmentThreshold: number;
  /** Excerpts must keep at least this many shingles, or tiny texts would match everything. */
  minExcerptShingles: number;
}

export const DEFAULT_DUPLICATE_OPTIONS: DuplicateOptions = {
  shingleSize: 3,
  signatureSize: 96,
  bands: 32,
  seed: 0x5eed,
  jaccardThreshold: 0.5,
  containmentThreshold: 0.8,
  minExcerptShingles: 30,
};

export interface DuplicateCheck {
  /** Ordinal of the earlier item this one repeats, or null. */
  duplicateOf: number | null;
  /** Similarity to that item (or to the nearest candidate when there is none). */
  similarity: number;
  /** Every earlier item judged a duplicate, most similar first. */
  repeats: { ordinal: number; similarity: number }[];
}

/**
 * Near-duplicate detection: MinHash-LSH over character shingles of normalised text finds
 * candidates, then the full signatures verify them (Jaccard, or containment for excerpts).
 * Items are identified by arrival ordinal; callers keep their own ordinal → id mapping.
 */
export class DuplicateDetector {
  private readonly hasher: MinHasher;
  private readonly index: LshIndex;
  private readonly scratch: Uint32Array;

  constructor(
    readonly options: DuplicateOptions = DEFAULT_DUPLICATE_OPTIONS,
    index?: LshIndex,
  ) {
    this.hasher = new MinHasher(options.signatureSize, options.seed);
    this.index = index ?? new LshIndex(options);
    this.scratch = new Uint32Array(options.signatureSize);
  }

  get count(): number {
    return this.index.count;
  }

  /** Checks `item` against every earlier item, then indexes it; returns the check. */
  add(item: TextItem): DuplicateCheck {
    const { signature, setSize } = this.fingerprintOf(item);
    const check = this.judge(this.index.query(signature, setSize), setSize);
    this.index.add(signature, setSize);
    return check;
  }

  /** Checks `item` without indexing it. */
  check(item: TextItem): DuplicateCheck {
    const { signature, setSize } = this.fingerprintOf(item);
    return this.judge(this.index.query(signature, setSize), setSize);
  }

  serialize(): Uint8Array {
    return this.index.serialize();
  }

  private fingerprintOf(item: TextItem): Fingerprint {
    return fingerprint(item, this.hasher, this.options.shingleSize, this.scratch);
  }

  private judge(matches: Match[], setSize: number): DuplicateCheck {
    const { jaccardThreshold, containmentThreshold, minExcerptShingles } = this.options;
    let nearest = 0;
    const repeats: { ordinal: number; similarity: number }[] = [];
    for (const match of matches) {
      const excerpt =
        Math.min(setSize, match.setSize) >= minExcerptShingles &&
        match.containment >= containmentThreshold;
      const similarity = Math.max(match.jaccard, excerpt ? match.containment : 0);
      nearest = Math.max(nearest, match.jaccard);
      if (match.jaccard >= jaccardThreshold || excerpt) {
        repeats.push({ ordinal: match.ordinal, similarity });
      }
    }
    // Most similar first; among equals the earliest, so a chain of copies points at the original.
    repeats.sort((a, b) => b.similarity - a.similarity || a.ordinal - b.ordinal);
    const best = repeats[0];
    return {
      duplicateOf: best ? best.ordinal : null,
      similarity: best ? best.similarity : nearest,
      repeats,
    };
  }
}
