import { INDEX_SNAPSHOT_FORMAT, type TriageIndex } from '../../domain/triage-index';
import type { IndexSnapshots, IndexWatcher, SnapshotInfo } from '../ports';

export type SnapshotEvent =
  | { kind: 'written'; snapshot: SnapshotInfo; elapsedMs: number }
  | { kind: 'failed'; error: Error }
  | { kind: 'suspended'; reason: string };

export interface SnapshotterOptions {
  /** Items added since the last snapshot that trigger the next one; 0: only on stop. */
  every: number;
  /** Items and position of the snapshot the index was restored from (0, 0 after a full replay). */
  covered: { items: number; position: number };
  report: (event: SnapshotEvent) => void;
}

/**
 * Writes snapshots of the live index: in the background every `every` added items, and on stop.
 * Serialising is synchronous, so a snapshot holds the index exactly as it stood at one position
 * even though assessments go on while its bytes are written. One write at a time; a failed one is
 * retried `every` items later. After an append whose outcome is unknown, the index may lack an
 * item the log has, so no more snapshots are written by this process (start-up replays the log).
 */
export class IndexSnapshotter implements IndexWatcher {
  private nextAt: number;
  private position: number;
  private writing: Promise<void> | null = null;
  private suspended = false;

  constructor(
    private readonly index: TriageIndex,
    private readonly snapshots: IndexSnapshots,
    private readonly options: SnapshotterOptions,
  ) {
    this.nextAt = options.covered.items + options.every;
    this.position = options.covered.position;
  }

  grew(): void {
    if (this.options.every > 0 && this.index.size >= this.nextAt && !this.writing) this.write();
  }

  distrust(reason: string): void {
    if (this.suspended) return;
    this.suspended = true;
    this.options.report({ kind: 'suspended', reason });
  }

  /** Waits for a write in flight; then, when `final`, writes one if the index moved on. */
  async stop(final: boolean): Promise<void> {
    await this.writing;
    if (final && this.index.position > this.position) await this.write();
  }

  private write(): Promise<void> {
    if (this.suspended) return Promise.resolve();
    const started = Date.now();
    const snapshot = {
      format: INDEX_SNAPSHOT_FORMAT,
      position: this.index.position,
      items: this.index.size,
      bytes: this.index.serialize(),
    };
    this.nextAt = snapshot.items + this.options.every;
    this.writing = this.snapshots
      .save(snapshot)
      .then(async (saved) => {
        this.position = Math.max(this.position, saved.position);
        this.options.report({ kind: 'written', snapshot: saved, elapsedMs: Date.now() - started });
        await this.snapshots.prune();
      })
      .catch((error: unknown) => this.options.report({ kind: 'failed', error: error as Error }))
      .finally(() => {
        this.writing = null;
      });
    return this.writing;
  }
}
