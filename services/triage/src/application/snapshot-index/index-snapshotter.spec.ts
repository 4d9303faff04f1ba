import { TriageIndex } from '../../domain/triage-index';
import type { IndexSnapshots, SnapshotInfo, SnapshotToSave } from '../ports';
import { IndexSnapshotter, type SnapshotEvent } from './index-snapshotter';

/** Saves that stay pending until settled by the test, so writes in flight can be observed. */
class HeldSnapshots implements IndexSnapshots {
  readonly saved: SnapshotToSave[] = [];
  readonly pending: { settle: (fail?: Error) => void }[] = [];
  pruned = 0;

  save(snapshot: SnapshotToSave) {
    return new Promise<SnapshotInfo>((resolve, reject) => {
      this.pending.push({
        settle: (fail) => {
          if (fail) return reject(fail);
          this.saved.push(snapshot);
          resolve({ ...snapshot, id: `s${this.saved.length}`, bytes: 0, createdAt: new Date() });
        },
      });
    });
  }
  list = () => Promise.resolve([]);
  load = () => Promise.reject(new Error('not read by the snapshotter'));
  prune() {
    this.pruned += 1;
    return Promise.resolve();
  }
  /** Settles the oldest pending save and lets its callbacks run. */
  async settle(fail?: Error) {
    this.pending.shift()!.settle(fail);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const text = (n: number) => ({
  title: `第${n}号建议`,
  body: `关于第${n}个问题的具体情况和建议`.repeat(3),
});

describe('IndexSnapshotter', () => {
  let index: TriageIndex;
  let snapshots: HeldSnapshots;
  let events: SnapshotEvent['kind'][];
  const make = (every: number, covered = { items: 0, position: 0 }) =>
    new IndexSnapshotter(index, snapshots, {
      every,
      covered,
      report: (event) => events.push(event.kind),
    });
  const addItems = (snapshotter: IndexSnapshotter, count: number) => {
    for (let i = 0; i < count; i++) {
      index.add(`item-${index.size}`, text(index.size), 10 * (index.size + 1));
      snapshotter.grew();
    }
  };

  beforeEach(() => {
    index = new TriageIndex();
    snapshots = new HeldSnapshots();
    events = [];
  });

  it('writes every `every` items, one write at a time, the index as it stood when started', async () => {
    const snapshotter = make(3);
    addItems(snapshotter, 2);
    expect(snapshots.pending).toHaveLength(0);
    addItems(snapshotter, 1);
    expect(snapshots.pending).toHaveLength(1);
    // Items keep coming while the bytes are written; no second write starts meanwhile.
    addItems(snapshotter, 4);
    expect(snapshots.pending).toHaveLength(1);
    await snapshots.settle();
    expect(snapshots.saved[0]).toMatchObject({ position: 30, items: 3 });
    expect(TriageIndex.deserialize(snapshots.saved[0].bytes).size).toBe(3);
    expect([events, snapshots.pruned]).toEqual([['written'], 1]);
    addItems(snapshotter, 1);
    expect(snapshots.pending).toHaveLength(1);
    await snapshots.settle();
    expect(snapshots.saved[1]).toMatchObject({ position: 80, items: 8 });
  });

  it('counts from the snapshot the index was restored from, and retries a failed write later', async () => {
    addItems(make(0), 5);
    const snapshotter = make(3, { items: 4, position: 40 });
    snapshotter.grew();
    expect(snapshots.pending).toHaveLength(0);
    addItems(snapshotter, 2);
    await snapshots.settle(new Error('server gone'));
    expect(events).toEqual(['failed']);
    addItems(snapshotter, 2);
    expect(snapshots.pending).toHaveLength(0);
    addItems(snapshotter, 1);
    await snapshots.settle();
    expect(snapshots.saved).toMatchObject([{ items: 10 }]);
  });

  it('writes on stop only when the index moved on, after the write in flight', async () => {
    const snapshotter = make(3);
    addItems(snapshotter, 4);
    const stopped = snapshotter.stop(true);
    await snapshots.settle();
    await snapshots.settle();
    await stopped;
    expect(snapshots.saved.map(({ items }) => items)).toEqual([3, 4]);
    await snapshotter.stop(true);
    expect(snapshots.pending).toHaveLength(0);
    addItems(make(0), 1);
    await make(0).stop(false);
    expect(snapshots.pending).toHaveLength(0);
  });

  it('writes no more once an append may have been stored without the index knowing', async () => {
    const snapshotter = make(2);
    addItems(snapshotter, 1);
    snapshotter.distrust('append timed out');
    snapshotter.distrust('again');
    addItems(snapshotter, 3);
    await snapshotter.stop(true);
    expect([events, snapshots.pending.length]).toEqual([['suspended'], 0]);
  });
});
