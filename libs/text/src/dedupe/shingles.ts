import { fnv1a } from '../hash';

/**
 * Sorted distinct hashes of the k-character shingles of a compact text (see compactText). A text
 * shorter than k yields one shingle of the whole text so that it can still match itself.
 */
export function shingleHashes(compact: string, k: number): Uint32Array {
  if (compact.length === 0) return new Uint32Array(0);
  const count = Math.max(1, compact.length - k + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = fnv1a(compact, i, Math.min(compact.length, i + k));
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) {
    if (i === 0 || hashes[i] !== hashes[distinct - 1]) hashes[distinct++] = hashes[i];
  }
  return hashes.subarray(0, distinct);
}
