// Ground truth derived from the public messages themselves, with exact (not estimated) overlap:
// near-copies already in the data, and reports of the same issue written independently.
import { compactText, normaliseText, shingleHashes } from '@opinion/text';
import type { Message } from './data';

const SHINGLE = 3;
const NEAR_COPY_JACCARD = 0.5;
const INDEPENDENT_JACCARD = 0.3;
const SIMILAR_TITLE_DICE = 0.6;
const MAX_POSTING = 60;

function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / Math.max(1, a.length + b.length - shared);
}

/** Pairs [earlier, later] sharing enough rare keys to be worth an exact comparison. */
function candidatePairs(sets: Uint32Array[], minShared: number): [number, number][] {
  const postings = new Map<number, number[]>();
  sets.forEach((set, i) => {
    for (const key of set) {
      const list = postings.get(key);
      if (!list) postings.set(key, [i]);
      else if (list.length <= MAX_POSTING) list.push(i);
    }
  });
  const pairs: [number, number][] = [];
  sets.forEach((set, i) => {
    const shared = new Map<number, number>();
    for (const key of set) {
      const list = postings.get(key) as number[];
      if (list.length > MAX_POSTING) continue;
      for (const j of list) if (j < i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) if (count >= minShared) pairs.push([j, i]);
  });
  return pairs;
}

function textSets(messages: Message[]): Uint32Array[] {
  return messages.map((m) =>
    shingleHashes(compactText(normaliseText(`${m.title}\n${m.body}`)), SHINGLE),
  );
}

/** Group number per message: exact and near copies (exact Jaccard ≥ 0.5) share a group. */
export function nearCopyGroups(messages: Message[]): number[] {
  const sets = textSets(messages);
  const parent = messages.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  for (const [a, b] of candidatePairs(sets, 3)) {
    if (jaccard(sets[a], sets[b]) >= NEAR_COPY_JACCARD) parent[root(b)] = root(a);
  }
  return messages.map((_, i) => root(i));
}

/**
 * Same-issue reports: different users, similar titles (character-bigram Dice ≥ 0.6), texts
 * written independently (exact shingle Jaccard < 0.3). Returned as [earlier, later] indices.
 */
export function sameIssuePairs(messages: Message[]): [number, number][] {
  const titles = messages.map((m) => shingleHashes(compactText(normaliseText(m.title)), 2));
  const sets = textSets(messages);
  return candidatePairs(titles, 2).filter(([a, b]) => {
    if (messages[a].user === messages[b].user) return false;
    const j = jaccard(titles[a], titles[b]);
    const dice = (2 * j) / (1 + j);
    return dice >= SIMILAR_TITLE_DICE && jaccard(sets[a], sets[b]) < INDEPENDENT_JACCARD;
  });
}
