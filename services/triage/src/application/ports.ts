import type { ClassifierModel, TextItem } from '@opinion/text';
import type { TriageRetrainPayload } from '@opinion/jobs';
import type { AssessmentView } from '../domain/assessment-view';
import type { WeeklyCount } from '../domain/hot-issues';

/** The submitted texts of items, read from intake's submission streams, many per query. */
export interface SubmissionTexts {
  textsOf(itemIds: readonly string[]): Promise<Map<string, TextItem>>;
}

/** Model bytes live in MongoDB; events only name them. */
export interface ModelFiles {
  save(modelId: string, scope: string, model: ClassifierModel): Promise<void>;
  load(modelId: string): Promise<ClassifierModel>;
}

export interface LabelledItem {
  itemId: string;
  label: string;
}

/** The `triage_assessments` read model. */
export interface AssessmentsReadModel {
  /** The item's view and the triage stream version it was folded from (its ETag). */
  find(itemId: string): Promise<{ view: AssessmentView; version: number } | null>;
  clusterSize(clusterId: string): Promise<number>;
  /** Reports per (cluster, week) of an organisation from a week on. */
  weeklyCounts(orgId: string, fromWeek: number): Promise<WeeklyCount[]>;
  /** Reports per cluster of an organisation, all time. */
  clusterSizes(orgId: string, clusterIds: readonly string[]): Promise<Map<string, number>>;
  /** Editors' corrections (all organisations when `orgId` is null), newest first. */
  corrections(orgId: string | null, limit: number): Promise<LabelledItem[]>;
  /** Items whose assessed label no editor corrected: weak labels, newest first. */
  uncorrected(orgId: string | null, limit: number): Promise<LabelledItem[]>;
}

/** Where retraining requests go (a BullMQ queue). */
export interface RetrainRequests {
  enqueue(payload: TriageRetrainPayload): Promise<string>;
}

/** A stored snapshot of the index, described (its bytes are read with `load`). */
export interface SnapshotInfo {
  id: string;
  /** INDEX_SNAPSHOT_FORMAT of the build that wrote it. */
  format: number;
  /** Global position of the item-assessed commit of the last item it holds. */
  position: number;
  items: number;
  bytes: number;
  createdAt: Date;
}

/** The bytes of a serialised index, with what start-up checks before reading them. */
export interface SnapshotToSave {
  format: number;
  position: number;
  items: number;
  bytes: Uint8Array;
}

/** Snapshots of the index, so that start-up replays only the log after one. */
export interface IndexSnapshots {
  /** Stores the bytes whole, then marks the snapshot complete. */
  save(snapshot: SnapshotToSave): Promise<SnapshotInfo>;
  /** Complete snapshots, newest (highest position) first. */
  list(): Promise<SnapshotInfo[]>;
  /** A snapshot's bytes, checked against the size and checksum it was saved with. */
  load(snapshot: SnapshotInfo): Promise<Uint8Array>;
  /** Drops the complete snapshots beyond the newest few, and unfinished ones older than those. */
  prune(): Promise<void>;
}

/** Told when the index grows, or may have missed an item, to snapshot it now and then. */
export interface IndexWatcher {
  grew(): void;
  /** An append failed with an unknown outcome: the log may hold an item the index lacks. */
  distrust(reason: string): void;
}
