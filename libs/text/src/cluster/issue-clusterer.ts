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

  /** Assigns the next item (ordinal = items assigned so far) and returns its cluster ordinal. */
  assign(item: TextItem, duplicateOf: number | null = null): number {
    const words = topicWords(item);
    const signature = this.hasher.signature(words);
    let cluster: number;
    if (duplicateOf !== null) {
      cluster = this.clusterOf[duplicateOf];
    } else {
      let best = this.options.topicThreshold;
      let nearest = -1;
      for (const match of this.index.query(signature, words.length)) {
        if (match.jaccard >= best) {
          best = match.jaccard;
          nearest = match.ordinal;
        }
      }
      cluster = nearest >= 0 ? this.clusterOf[nearest] : this.index.count;
    }
    const ordinal = this.index.add(signature, words.length);
    if (ordinal === this.clusterOf.length) {
      const grown = new Int32Array(this.clusterOf.length * 2);
      grown.set(this.clusterOf);
      this.clusterOf = grown;
    }
    this.clusterOf[ordinal] = cluster;
    return cluster;
  }

  clusterOfItem(ordinal: number): number {
    return this.clusterOf[ordinal];
  }
}
