import { fnv1a, mix32 } from '../hash';

// Training text had its stopwords removed, raw input has not: keeping only words seen in training
// removes them (and numbers, greetings, typos) from raw input the same way. A one-hash bitset is
// small enough to ship; the rare collision only lets an unseen word through.
const VOCABULARY_BITS = 1 << 21;

export function emptyVocabulary(): Uint32Array {
  return new Uint32Array(VOCABULARY_BITS / 32);
}

function bitOf(word: string): number {
  return mix32(fnv1a(word)) & (VOCABULARY_BITS - 1);
}

export function addToVocabulary(vocabulary: Uint32Array, word: string): void {
  const bit = bitOf(word);
  vocabulary[bit >>> 5] |= 1 << (bit & 31);
}

export function inVocabulary(vocabulary: Uint32Array, word: string): boolean {
  const bit = bitOf(word);
  return (vocabulary[bit >>> 5] & (1 << (bit & 31))) !== 0;
}
