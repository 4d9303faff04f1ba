import { DuplicateDetector, IssueClusterer, type TextItem } from '@opinion/text';

export interface IndexAnswer {
  duplicateOf: string | null;
  similarity: number;
  repeats: { itemId: string; similarity: number }[];
  /** The item id of the cluster's first item. */
  clusterId: string;
}

export interface SimilarItem {
  itemId: string;
  similarity: number;
  /** `duplicate`: the same text (合并候选); `same-issue`: another report of the same problem. */
  kind: 'duplicate' | 'same-issue';
}

const MAX_REPEATS = 5;
// Similarities are estimates; four decimals keep recorded answers stable and readable.
const rounded = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 1e4) / 1e4;

/**
 * Duplicate detector and issue clusterer over every assessed item, with the item id ↔ arrival
 * ordinal map. Answers depend only on the order items were added, so adding the same items in
 * the same order (a rebuild) gives the same answers.
 */
export class TriageIndex {
  private readonly detector = new DuplicateDetector();
  private readonly clusterer = new IssueClusterer();
  private readonly ids: string[] = [];
  private readonly ordinals = new Map<string, number>();

  get size(): number {
    return this.ids.length;
  }

  has(itemId: string): boolean {
    return this.ordinals.has(itemId);
  }

  /** What `add` would answer now, leaving the index as it is. */
  preview(itemId: string, text: TextItem): IndexAnswer {
    const check = this.detector.check(text);
    return this.answer(itemId, check, this.clusterer.preview(text, check.duplicateOf));
  }

  /** Adds the next item and answers for it. */
  add(itemId: string, text: TextItem): IndexAnswer {
    if (this.has(itemId)) throw new Error(`item ${itemId} is in the index already`);
    const check = this.detector.add(text);
    const answer = this.answer(itemId, check, this.clusterer.assign(text, check.duplicateOf));
    this.ordinals.set(itemId, this.ids.length);
    this.ids.push(itemId);
    return answer;
  }

  /** Earlier items that look like `text`: repeats first, then same-issue reports; adds nothing. */
  similar(text: TextItem, limit: number): SimilarItem[] {
    const found = new Map<number, SimilarItem>();
    for (const { ordinal, similarity } of this.detector.check(text).repeats) {
      found.set(ordinal, {
        itemId: this.ids[ordinal],
        similarity: rounded(similarity),
        kind: 'duplicate',
      });
    }
    for (const { ordinal, similarity } of this.clusterer.nearest(text, limit)) {
      if (!found.has(ordinal)) {
        found.set(ordinal, {
          itemId: this.ids[ordinal],
          similarity: rounded(similarity),
          kind: 'same-issue',
        });
      }
    }
    return [...found.values()]
      .sort(
        (a, b) =>
          Number(a.kind === 'same-issue') - Number(b.kind === 'same-issue') ||
          b.similarity - a.similarity,
      )
      .slice(0, limit);
  }

  private answer(
    itemId: string,
    check: ReturnType<DuplicateDetector['check']>,
    cluster: number,
  ): IndexAnswer {
    return {
      duplicateOf: check.duplicateOf === null ? null : this.ids[check.duplicateOf],
      similarity: rounded(check.similarity),
      repeats: check.repeats.slice(0, MAX_REPEATS).map(({ ordinal, similarity }) => ({
        itemId: this.ids[ordinal],
        similarity: rounded(similarity),
      })),
      // A new cluster is numbered by the next ordinal: the item starts it and names it.
      clusterId: cluster === this.ids.length ? itemId : this.ids[cluster],
    };
  }
}
