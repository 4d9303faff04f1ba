import {
  DEFAULT_CLUSTER_OPTIONS,
  DEFAULT_DUPLICATE_OPTIONS,
  DuplicateDetector,
  IssueClusterer,
  type TextItem,
} from '@opinion/text';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { joinSections, splitSections } from './byte-sections';

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

/**
 * Version of the snapshot layout written by `serialize`. Raise it when the layout or the meaning
 * of its parts changes; snapshots of another version are not read (start-up replays the log).
 */
export const INDEX_SNAPSHOT_FORMAT = 1;

/** A snapshot this build cannot use: another format, other method options, or damaged bytes. */
export class IndexSnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexSnapshotError';
  }
}

const snapshotHeader = z.object({
  format: z.number().int(),
  position: z.number().int().min(0),
});
const snapshotIds = z.array(z.string().min(1));

const MAX_REPEATS = 5;
// Similarities are estimates; four decimals keep recorded answers stable and readable.
const rounded = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 1e4) / 1e4;

/**
 * Duplicate detector and issue clusterer over every assessed item, with the item id ↔ arrival
 * ordinal map. Answers depend only on the order items were added, so adding the same items in
 * the same order (a rebuild) gives the same answers.
 */
export class TriageIndex {
  private readonly ordinals = new Map<string, number>();
  private lastPosition: number;

  constructor(
    private readonly detector = new DuplicateDetector(),
    private readonly clusterer = new IssueClusterer(),
    private readonly ids: string[] = [],
    position = 0,
  ) {
    ids.forEach((id, ordinal) => this.ordinals.set(id, ordinal));
    this.lastPosition = position;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Global position of the item-assessed commit of the last item added (0: none). */
  get position(): number {
    return this.lastPosition;
  }

  has(itemId: string): boolean {
    return this.ordinals.has(itemId);
  }

  /** What `add` would answer now, leaving the index as it is. */
  preview(itemId: string, text: TextItem): IndexAnswer {
    const check = this.detector.check(text);
    return this.answer(itemId, check, this.clusterer.preview(text, check.duplicateOf));
  }

  /** Adds the next item, recorded at global `position`, and answers for it. */
  add(itemId: string, text: TextItem, position: number): IndexAnswer {
    if (this.has(itemId)) throw new Error(`item ${itemId} is in the index already`);
    const check = this.detector.add(text);
    const answer = this.answer(itemId, check, this.clusterer.assign(text, check.duplicateOf));
    this.ordinals.set(itemId, this.ids.length);
    this.ids.push(itemId);
    this.lastPosition = position;
    return answer;
  }

  /**
   * The whole index as bytes, with the position it covers: a header, the item ids in arrival
   * order, the detector and the clusterer (each with its options).
   */
  serialize(): Uint8Array {
    const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    return joinSections([
      json({ format: INDEX_SNAPSHOT_FORMAT, position: this.position }),
      json(this.ids),
      this.detector.serialize(),
      this.clusterer.serialize(),
    ]);
  }

  /**
   * An index that answers exactly as the serialised one. Refuses another format, and options
   * other than this build's: such an index would answer unlike a replay of the log.
   */
  static deserialize(bytes: Uint8Array): TriageIndex {
    const json = (section: Uint8Array) => JSON.parse(new TextDecoder().decode(section)) as unknown;
    try {
      const [header, ids, detectorBytes, clustererBytes, ...rest] = splitSections(bytes);
      if (!clustererBytes || rest.length > 0) throw new Error('not four sections');
      const { format, position } = snapshotHeader.parse(json(header));
      if (format !== INDEX_SNAPSHOT_FORMAT) {
        throw new IndexSnapshotError(`format ${format}, this build reads ${INDEX_SNAPSHOT_FORMAT}`);
      }
      const detector = DuplicateDetector.deserialize(detectorBytes);
      const clusterer = IssueClusterer.deserialize(clustererBytes);
      if (
        !isDeepStrictEqual(detector.options, DEFAULT_DUPLICATE_OPTIONS) ||
        !isDeepStrictEqual(clusterer.options, DEFAULT_CLUSTER_OPTIONS)
      ) {
        throw new IndexSnapshotError('made with other duplicate or cluster options');
      }
      const itemIds = snapshotIds.parse(json(ids));
      if (detector.count !== itemIds.length || clusterer.count !== itemIds.length) {
        throw new Error('item counts differ between its parts');
      }
      return new TriageIndex(detector, clusterer, itemIds, position);
    } catch (error) {
      if (error instanceof IndexSnapshotError) throw error;
      throw new IndexSnapshotError(`damaged: ${(error as Error).message}`);
    }
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
