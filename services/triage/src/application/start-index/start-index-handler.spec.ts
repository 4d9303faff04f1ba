import { INDEX_SNAPSHOT_FORMAT, TriageIndex } from '../../domain/triage-index';
import type { IndexSnapshots, SnapshotInfo } from '../ports';
import { StartIndexHandler, type IndexReplay } from './start-index-handler';

// Invented reports; the log holds them at positions 10, 20, 30 …
const TEXTS = [
  { title: '河西镇石板桥年久失修', body: '河西镇石板桥桥面开裂，护栏松动，学生上学经过很危险。' },
  { title: '城南中学食堂饭菜价格偏高', body: '城南中学食堂一份午餐要十五元，分量少，家长负担重。' },
  { title: '城北公园路灯不亮', body: '城北公园的路灯坏了三个月，晚上散步的居民很不安全。' },
  {
    title: '请维修河西镇石板桥',
    body: '河西镇石板桥桥面开裂，护栏松动，存在安全隐患，请尽快维修。',
  },
];
const LOG = TEXTS.map((text, n) => ({ itemId: `item-${n}`, text, position: 10 * (n + 1) }));
const PROBE = {
  title: '河西镇石板桥护栏松动',
  body: '石板桥桥面开裂已经半年，护栏松动，请镇政府维修。',
};

/** Replays the log after the index's position, as RebuildIndexHandler does from the store. */
const replay: IndexReplay = {
  execute: (index) => {
    const before = index.size;
    for (const { itemId, text, position } of LOG) {
      if (position > index.position) index.add(itemId, text, position);
    }
    const replayed = index.size - before;
    return Promise.resolve({
      items: index.size,
      replayed,
      mismatches: 0,
      missingTexts: 0,
      elapsedMs: 0,
    });
  },
};

const indexOfFirst = (count: number) => {
  const index = new TriageIndex();
  for (const { itemId, text, position } of LOG.slice(0, count)) index.add(itemId, text, position);
  return index;
};

/** Snapshots listed newest first; `load` answers from `bytes`, or fails as damaged. */
function snapshotsOf(
  entries: { id: string; format?: number; index: TriageIndex; bytes?: Uint8Array }[],
): IndexSnapshots & { loaded: string[] } {
  const infos: SnapshotInfo[] = entries.map(({ id, format, index }) => ({
    id,
    format: format ?? INDEX_SNAPSHOT_FORMAT,
    position: index.position,
    items: index.size,
    bytes: 0,
    createdAt: new Date(),
  }));
  const loaded: string[] = [];
  return {
    loaded,
    list: () => Promise.resolve(infos),
    load: (info) => {
      loaded.push(info.id);
      const entry = entries.find(({ id }) => id === info.id)!;
      return Promise.resolve(entry.bytes ?? entry.index.serialize());
    },
    save: () => Promise.reject(new Error('not written at start-up')),
    prune: () => Promise.resolve(),
  };
}

describe('StartIndexHandler', () => {
  const full = indexOfFirst(LOG.length);

  it('restores the newest snapshot and replays only the log after it', async () => {
    const snapshots = snapshotsOf([
      { id: 'newer', index: indexOfFirst(3) },
      { id: 'older', index: indexOfFirst(1) },
    ]);
    const { index, result } = await new StartIndexHandler(snapshots, replay, true).execute();
    expect(result).toMatchObject({
      path: 'snapshot',
      snapshot: { id: 'newer', position: 30, items: 3 },
      skipped: [],
      replay: { items: 4, replayed: 1 },
    });
    expect(snapshots.loaded).toEqual(['newer']);
    expect(index.preview('probe', PROBE)).toEqual(full.preview('probe', PROBE));
    expect(index.serialize()).toEqual(full.serialize());
  });

  it('passes over damaged and other-format snapshots to an older usable one', async () => {
    const damaged = indexOfFirst(3).serialize().subarray(0, 100);
    const snapshots = snapshotsOf([
      { id: 'damaged', index: indexOfFirst(3), bytes: damaged },
      { id: 'future', format: INDEX_SNAPSHOT_FORMAT + 1, index: indexOfFirst(3) },
      // Names another position than its bytes hold.
      { id: 'mislabelled', index: indexOfFirst(3), bytes: indexOfFirst(2).serialize() },
      { id: 'older', index: indexOfFirst(1) },
    ]);
    const { index, result } = await new StartIndexHandler(snapshots, replay, true).execute();
    expect(result.path).toBe('snapshot');
    expect(result.snapshot).toMatchObject({ id: 'older' });
    expect(result.skipped.map(({ id }) => id)).toEqual(['damaged', 'future', 'mislabelled']);
    expect(result.skipped[0].reason).toMatch(/damaged/);
    expect(result.skipped[1].reason).toMatch(/format 2/);
    expect(result.replay.replayed).toBe(3);
    expect(index.serialize()).toEqual(full.serialize());
  });

  it('replays the whole log when no snapshot is usable, or restoring is off', async () => {
    const none = await new StartIndexHandler(snapshotsOf([]), replay, true).execute();
    expect(none.result).toMatchObject({ path: 'full', snapshot: null, replay: { replayed: 4 } });
    const snapshots = snapshotsOf([{ id: 'newer', index: indexOfFirst(3) }]);
    const off = await new StartIndexHandler(snapshots, replay, false).execute();
    expect(off.result).toMatchObject({ path: 'full', skipped: [], replay: { replayed: 4 } });
    expect(snapshots.loaded).toEqual([]);
    expect(off.index.serialize()).toEqual(full.serialize());
  });
});
