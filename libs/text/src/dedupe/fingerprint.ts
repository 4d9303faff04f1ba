import { compactText, normaliseText } from '../normalise/normalise';
import type { MinHasher } from './minhash';
import { shingleHashes } from './shingles';

export interface TextItem {
  title?: string;
  body: string;
}

export interface Fingerprint {
  signature: Uint32Array;
  /** Number of distinct shingles, for containment estimates. */
  setSize: number;
}

/** MinHash fingerprint of an item's normalised title and body over k-character shingles. */
export function fingerprint(
  item: TextItem,
  hasher: MinHasher,
  shingleSize: number,
  out?: Uint32Array,
): Fingerprint {
  const text = item.title ? `${item.title}\n${item.body}` : item.body;
  const shingles = shingleHashes(compactText(normaliseText(text)), shingleSize);
  return { signature: hasher.signature(shingles, out), setSize: shingles.length };
}
