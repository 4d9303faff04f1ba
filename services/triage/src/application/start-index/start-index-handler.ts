import { IndexSnapshotError, INDEX_SNAPSHOT_FORMAT, TriageIndex } from '../../domain/triage-index';
import type { IndexSnapshots, SnapshotInfo } from '../ports';
import type { RebuildResult } from '../rebuild-index/rebuild-index-handler';

/** Replays the item-assessed log into an index from the position it covers. */
export interface IndexReplay {
  execute(index: TriageIndex): Promise<RebuildResult>;
}

export interface StartIndexResult {
  /** `snapshot`: restored, then the log after it replayed; `full`: the whole log replayed. */
  path: 'snapshot' | 'full';
  snapshot: Pick<SnapshotInfo, 'id' | 'position' | 'items'> | null;
  /** Snapshots passed over, newest first, and why. */
  skipped: { id: string; reason: string }[];
  replay: RebuildResult;
  elapsedMs: number;
}

/**
 * Builds the index at start-up: the newest snapshot this build can read, then the log after its
 * position; without a usable one (none, another format, damaged, unreadable), the whole log.
 * Either way the replayed answers are compared with the recorded ones.
 */
export class StartIndexHandler {
  constructor(
    private readonly snapshots: IndexSnapshots,
    private readonly replay: IndexReplay,
    private readonly restore: boolean,
  ) {}

  async execute(now = () => Date.now()): Promise<{ index: TriageIndex; result: StartIndexResult }> {
    const started = now();
    const skipped: StartIndexResult['skipped'] = [];
    let restored: { index: TriageIndex; snapshot: SnapshotInfo } | null = null;
    for (const snapshot of this.restore ? await this.snapshots.list() : []) {
      try {
        restored = { index: await this.restoreFrom(snapshot), snapshot };
        break;
      } catch (error) {
        skipped.push({ id: snapshot.id, reason: (error as Error).message });
      }
    }
    const index = restored?.index ?? new TriageIndex();
    const replay = await this.replay.execute(index);
    const snapshot = restored && {
      id: restored.snapshot.id,
      position: restored.snapshot.position,
      items: restored.snapshot.items,
    };
    return {
      index,
      result: {
        path: restored ? 'snapshot' : 'full',
        snapshot,
        skipped,
        replay,
        elapsedMs: now() - started,
      },
    };
  }

  private async restoreFrom(snapshot: SnapshotInfo): Promise<TriageIndex> {
    if (snapshot.format !== INDEX_SNAPSHOT_FORMAT) {
      throw new IndexSnapshotError(
        `format ${snapshot.format}, this build reads ${INDEX_SNAPSHOT_FORMAT}`,
      );
    }
    const index = TriageIndex.deserialize(await this.snapshots.load(snapshot));
    if (index.position !== snapshot.position || index.size !== snapshot.items) {
      throw new IndexSnapshotError('its bytes do not cover the position and items it names');
    }
    return index;
  }
}
