import { fnv1a } from '../hash';

/** Character n-grams of `text` for each n in [minN, maxN] (texts shorter than n give none). */
export function charNgrams(text: string, minN: number, maxN: number): string[] {
  const grams: string[] = [];
  for (let n = minN; n <= maxN; n++) {
    for (let i = 0; i + n <= text.length; i++) grams.push(text.slice(i, i + n));
  }
  return grams;
}

/**
 * Hashes of the character n-grams of `text`, mixed with `seed` so different feature families
 * can share one hash space; calls `emit` per n-gram and allocates no strings.
 */
export function forEachCharNgramHash(
  text: string,
  minN: number,
  maxN: number,
  seed: number,
  emit: (hash: number) => void,
): void {
  for (let n = minN; n <= maxN; n++) {
    for (let i = 0; i + n <= text.length; i++) emit((fnv1a(text, i, i + n) ^ seed) >>> 0);
  }
}
