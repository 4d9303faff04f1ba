import { mix32 } from '../hash';
import { seededRandom } from '../random';

/**
 * MinHash signatures: position i holds the minimum of the i-th hash function over a set, so the
 * share of equal positions between two signatures estimates the sets' Jaccard similarity.
 */
export class MinHasher {
  private readonly seeds: Uint32Array;
  private readonly multipliers: Uint32Array;

  constructor(
    readonly size: number,
    seed: number,
  ) {
    const random = seededRandom(seed);
    this.seeds = new Uint32Array(size);
    this.multipliers = new Uint32Array(size);
    for (let i = 0; i < size; i++) {
      this.seeds[i] = Math.floor(random() * 2 ** 32);
      this.multipliers[i] = (Math.floor(random() * 2 ** 32) | 1) >>> 0;
    }
  }

  /** Writes the signature of `set` (element hashes) into `out`, or a new array. */
  signature(set: Uint32Array, out: Uint32Array = new Uint32Array(this.size)): Uint32Array {
    out.fill(0xffffffff);
    for (let j = 0; j < set.length; j++) {
      const base = mix32(set[j]);
      for (let i = 0; i < this.size; i++) {
        let h = Math.imul(base ^ this.seeds[i], this.multipliers[i]);
        h = (h ^ (h >>> 15)) >>> 0;
        if (h < out[i]) out[i] = h;
      }
    }
    return out;
  }
}

/** Share of equal positions in two signatures (`b` read from `bOffset` in a larger store). */
export function estimatedJaccard(
  a: Uint32Array,
  b: Uint32Array,
  bOffset: number,
  size: number,
): number {
  let equal = 0;
  for (let i = 0; i < size; i++) if (a[i] === b[bOffset + i]) equal++;
  return equal / size;
}

/**
 * Containment of the smaller set in the larger, from a Jaccard estimate and the set sizes:
 * |A∩B| = J(|A|+|B|)/(1+J). Catches excerpts, whose Jaccard with the full text is low.
 */
export function containmentFromJaccard(jaccard: number, sizeA: number, sizeB: number): number {
  if (jaccard === 0) return 0;
  const intersection = (jaccard * (sizeA + sizeB)) / (1 + jaccard);
  return Math.min(1, intersection / Math.max(1, Math.min(sizeA, sizeB)));
}
