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

const MAGIC = 0x434c5531; // "CLU1"
// magic, signatureSize, bands, seed, topicThreshold (float64 at byte 16), count, padding.
const HEADER_BYTES = 32;

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
  private clusterOf: Int32Array;

  /** `restored` is deserialize's: the items of a snapshot, whose shape matches `options`. */
  constructor(
    readonly options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
    restored?: { index: LshIndex; clusterOf: Int32Array },
  ) {
    this.hasher = new MinHasher(options.signatureSize, options.seed);
    this.index = restored?.index ?? new LshIndex(options);
    this.clusterOf = restored?.clusterOf ?? new Int32Array(1024);
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

  /**
   * Snapshot of the clusterer: its options (seeds and threshold decide every later answer), the
   * cluster of each item, then the topic-signature index. deserialize gives a clusterer that
   * answers every later item exactly as this one would.
   */
  serialize(): Uint8Array {
    const { signatureSize, bands, seed, topicThreshold } = this.options;
    const count = this.count;
    const index = this.index.serialize();
    const out = new Uint8Array(HEADER_BYTES + count * 4 + index.byteLength);
    const view = new DataView(out.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, signatureSize, true);
    view.setUint32(8, bands, true);
    view.setUint32(12, seed, true);
    view.setFloat64(16, topicThreshold, true);
    view.setUint32(24, count, true);
    const clusters = this.clusterOf.subarray(0, count);
    out.set(
      new Uint8Array(clusters.buffer, clusters.byteOffset, clusters.byteLength),
      HEADER_BYTES,
    );
    out.set(index, HEADER_BYTES + count * 4);
    return out;
  }

  static deserialize(bytes: Uint8Array): IssueClusterer {
    if (bytes.byteLength < HEADER_BYTES) throw new Error('not an issue clusterer snapshot');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0, true) !== MAGIC) throw new Error('not an issue clusterer snapshot');
    const options: ClusterOptions = {
      signatureSize: view.getUint32(4, true),
      bands: view.getUint32(8, true),
      seed: view.getUint32(12, true),
      topicThreshold: view.getFloat64(16, true),
    };
    const count = view.getUint32(24, true);
    const indexAt = HEADER_BYTES + count * 4;
    if (bytes.byteLength < indexAt) throw new Error('issue clusterer snapshot is truncated');
    const index = LshIndex.deserialize(bytes.subarray(indexAt));
    if (
      index.count !== count ||
      index.shape.signatureSize !== options.signatureSize ||
      index.shape.bands !== options.bands
    ) {
      throw new Error('issue clusterer snapshot does not match its topic index');
    }
    // A copy (the bytes need not be 4-byte aligned) with room for the items to come.
    const clusterOf = new Int32Array(Math.max(1024, count * 2));
    clusterOf.set(new Int32Array(bytes.slice(HEADER_BYTES, indexAt).buffer));
    return new IssueClusterer(options, { index, clusterOf });
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
