import { fnv1a } from '../hash';
import { LshIndex } from '../dedupe/lsh-index';
import { MinHasher } from '../dedupe/minhash';
import type { TextItem } from '../dedupe/fingerprint';
import { normaliseText } from '../normalise/normalise';
import { tokenise } from '../tokenise/tokenise';

export interface ClusterOptions {
  signatureSize: number;
  bands: number;
  seed: number;
  /** Estimated Jaccard of topic-word sets at or above which two reports share an issue. */
  topicThreshold: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  signatureSize: 64,
  bands: 32,
  seed: 0xc1a5,
  topicThreshold: 0.2,
};

const CONTENT_WORD = /\p{Script=Han}.|[a-z0-9]{2}/u;
// Title words count twice: the title names the place and the problem most densely.
const TITLE_SALT = 0x7417;

/** Distinct hashes of the content words (two or more characters) of title and body. */
export function topicWords(item: TextItem): Uint32Array {
  const words = new Set<number>();
  for (const word of tokenise(normaliseText(item.body))) {
    if (CONTENT_WORD.test(word.toLowerCase())) words.add(fnv1a(word));
  }
  for (const word of tokenise(normaliseText(item.title ?? ''))) {
    if (!CONTENT_WORD.test(word.toLowerCase())) continue;
    words.add(fnv1a(word));
    words.add((fnv1a(word) ^ TITLE_SALT) >>> 0);
  }
  return Uint32Array.from(words);
}

/**
 * Same-issue clustering (热点/综合编报): a report joins the cluster of the earlier report it
 * duplicates, else of the most similar earlier report by topic words, else starts its own.
 * A cluster is named by the ordinal of its first report and an item's cluster never changes,
 * so cluster ids are stable as items arrive and can be rebuilt by replaying arrivals in order.
 */
export class IssueClusterer {
  private readonly hasher: MinHasher;
  private readonly index: LshIndex;
  private clusterOf = new Int32Array(1024);

  constructor(readonly options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS) {
    this.hasher = new MinHasher(options.signatureSize, options.seed);
    this.index = new LshIndex(options);
  }

  /** Items assigned so far; the next item's ordinal. */
  get count(): number {
    return this.index.count;
  }

  /** Assigns the next item (ordinal = items assigned so far) and returns its cluster ordinal. */
  assign(item: TextItem, duplicateOf: number | null = null): number {
    const words = topicWords(item);
    const signature = this.hasher.signature(words);
    const cluster = this.clusterFor(signature, words.length, duplicateOf);
    const ordinal = this.index.add(signature, words.length);
    if (ordinal === this.clusterOf.length) {
      const grown = new Int32Array(this.clusterOf.length * 2);
      grown.set(this.clusterOf);
      this.clusterOf = grown;
    }
    this.clusterOf[ordinal] = cluster;
    return cluster;
  }

  /**
   * The cluster `assign` would give the item now, without assigning it: callers record the
   * answer first and assign only once it is recorded, so a failed write leaves no trace.
   */
  preview(item: TextItem, duplicateOf: number | null = null): number {
    const words = topicWords(item);
    return this.clusterFor(this.hasher.signature(words), words.length, duplicateOf);
  }

  /** Earlier items on the same topic (Jaccard ≥ the threshold), most similar first; adds nothing. */
  nearest(item: TextItem, limit: number): { ordinal: number; similarity: number }[] {
    const words = topicWords(item);
    return this.index
      .query(this.hasher.signature(words), words.length)
      .filter((match) => match.jaccard >= this.options.topicThreshold)
      .map((match) => ({ ordinal: match.ordinal, similarity: match.jaccard }))
      .sort((a, b) => b.similarity - a.similarity || a.ordinal - b.ordinal)
      .slice(0, limit);
  }

  clusterOfItem(ordinal: number): number {
    return this.clusterOf[ordinal];
  }

  private clusterFor(signature: Uint32Array, words: number, duplicateOf: number | null): number {
    if (duplicateOf !== null) return this.clusterOf[duplicateOf];
    let best = this.options.topicThreshold;
    let nearest = -1;
    for (const match of this.index.query(signature, words)) {
      if (match.jaccard >= best) {
        best = match.jaccard;
        nearest = match.ordinal;
      }
    }
    return nearest >= 0 ? this.clusterOf[nearest] : this.index.count;
  }
}
