import { fnv1a, mix32 } from '../hash';
import { forEachCharNgramHash } from '../tokenise/char-ngrams';

/** How words become hashed feature indices; stored in the model so prediction matches training. */
export interface FeatureSpec {
  /** Number of hash buckets, a power of two. */
  buckets: number;
  charNgramMin: number;
  charNgramMax: number;
  wordBigrams: boolean;
  /** How many times a separate title counts (see wordsOf). */
  titleRepeats: number;
  /**
   * Segmented training text has no separate title but starts with it, so the first `leadWords`
   * words of every input count `leadRepeats` extra times; raw input gets the same treatment, which
   * keeps its title (already first) weighted alike. Absent in models trained before this existed.
   */
  leadWords?: number;
  leadRepeats?: number;
}

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

const WORD_SEED = 0x9e3779b9;
const BIGRAM_SEED = 0x85ebca6b;
const CHAR_SEED = 0xc2b2ae35;
const NOT_HAN = /[^\p{Script=Han}]+/gu;
const DIGITS_ONLY = /^[0-9.]+$/;

/**
 * Turns word lists into sparse count vectors. Character n-grams are cut from the Han characters
 * of the joined words, so segmented training text (stopwords removed) and raw input share most
 * features. Reuses one dense scratch array: not safe to share between concurrent callers.
 */
export class FeatureHasher {
  private readonly counts: Float32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly mask: number;

  constructor(readonly spec: FeatureSpec) {
    this.counts = new Float32Array(spec.buckets);
    this.touched = new Int32Array(spec.buckets);
    this.mask = spec.buckets - 1;
  }

  countsOf(words: readonly string[]): SparseVector {
    const weighted = this.withLeadRepeated(words);
    this.touchedCount = 0;
    let previous = 0;
    for (const raw of weighted) {
      const word = raw.toLowerCase();
      if (DIGITS_ONLY.test(word)) continue;
      const hash = fnv1a(word);
      this.bump(mix32(hash ^ WORD_SEED));
      if (this.spec.wordBigrams && previous !== 0) {
        this.bump(mix32((Math.imul(previous, 31) + hash) ^ BIGRAM_SEED));
      }
      previous = hash;
    }
    const han = weighted.join('').replace(NOT_HAN, '');
    forEachCharNgramHash(han, this.spec.charNgramMin, this.spec.charNgramMax, CHAR_SEED, (hash) =>
      this.bump(mix32(hash)),
    );
    return this.collect();
  }

  private withLeadRepeated(words: readonly string[]): readonly string[] {
    const repeats = this.spec.leadRepeats ?? 0;
    if (repeats === 0) return words;
    const lead = words.slice(0, this.spec.leadWords ?? 0);
    const weighted = [...words];
    for (let r = 0; r < repeats; r++) weighted.push(...lead);
    return weighted;
  }

  private bump(hash: number): void {
    const index = hash & this.mask;
    if (this.counts[index] === 0) this.touched[this.touchedCount++] = index;
    this.counts[index] += 1;
  }

  private collect(): SparseVector {
    const indices = this.touched.slice(0, this.touchedCount).sort();
    const values = new Float32Array(indices.length);
    for (let i = 0; i < indices.length; i++) {
      values[i] = this.counts[indices[i]];
      this.counts[indices[i]] = 0;
    }
    return { indices, values };
  }
}

/** Sublinear term frequency times idf, L2-normalised; features with zero idf vanish. */
export function weighTfIdf(counts: SparseVector, idf: Float32Array): SparseVector {
  let norm = 0;
  const values = new Float32Array(counts.values.length);
  for (let i = 0; i < values.length; i++) {
    const weight = (1 + Math.log(counts.values[i])) * idf[counts.indices[i]];
    values[i] = weight;
    norm += weight * weight;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < values.length; i++) values[i] *= scale;
  return { indices: counts.indices, values };
}
