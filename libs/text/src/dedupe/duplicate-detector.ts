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

const MAGIC = 0x44555031; // "DUP1"
// magic and five uint32 options, then the two thresholds as float64 (bytes 24 and 32).
const HEADER_BYTES = 40;

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

  /**
   * Snapshot of the detector: its options (seeds and thresholds decide every later answer), then
   * the signature index. deserialize gives a detector that answers exactly as this one would.
   */
  serialize(): Uint8Array {
    const o = this.options;
    const index = this.index.serialize();
    const out = new Uint8Array(HEADER_BYTES + index.byteLength);
    const view = new DataView(out.buffer);
    [MAGIC, o.shingleSize, o.signatureSize, o.bands, o.seed, o.minExcerptShingles].forEach(
      (value, i) => view.setUint32(i * 4, value, true),
    );
    view.setFloat64(24, o.jaccardThreshold, true);
    view.setFloat64(32, o.containmentThreshold, true);
    out.set(index, HEADER_BYTES);
    return out;
  }

  static deserialize(bytes: Uint8Array): DuplicateDetector {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < HEADER_BYTES || view.getUint32(0, true) !== MAGIC) {
      throw new Error('not a duplicate detector snapshot');
    }
    const options: DuplicateOptions = {
      shingleSize: view.getUint32(4, true),
      signatureSize: view.getUint32(8, true),
      bands: view.getUint32(12, true),
      seed: view.getUint32(16, true),
      minExcerptShingles: view.getUint32(20, true),
      jaccardThreshold: view.getFloat64(24, true),
      containmentThreshold: view.getFloat64(32, true),
    };
    const index = LshIndex.deserialize(bytes.subarray(HEADER_BYTES));
    if (
      index.shape.signatureSize !== options.signatureSize ||
      index.shape.bands !== options.bands
    ) {
      throw new Error('duplicate detector snapshot does not match its signature index');
    }
    return new DuplicateDetector(options, index);
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
