import { DEFAULT_DUPLICATE_OPTIONS, DuplicateDetector } from '@opinion/text';
import { joinSections, splitSections } from './byte-sections';
import { BRIDGE, CANTEEN } from '../testing/sample-reports';
import { IndexSnapshotError, INDEX_SNAPSHOT_FORMAT, TriageIndex } from './triage-index';

const BRIDGE_AGAIN = {
  title: '河西镇石板桥护栏松动桥面开裂',
  body: '石板桥桥面开裂已经半年，护栏松动，学生上学经过很危险，请镇政府尽快维修石板桥。',
};
const LAMPS = {
  title: '城北公园路灯不亮',
  body: '城北公园的路灯坏了三个月，晚上散步的居民很不安全。',
};

function indexOf(texts: (typeof BRIDGE)[]): TriageIndex {
  const index = new TriageIndex();
  texts.forEach((text, n) => index.add(`item-${n}`, text, 10 * (n + 1)));
  return index;
}

describe('TriageIndex snapshots', () => {
  it('restores an index that answers later items exactly as the original', () => {
    const original = indexOf([BRIDGE, CANTEEN, LAMPS]);
    const restored = TriageIndex.deserialize(original.serialize());
    expect([restored.size, restored.position, restored.has('item-1')]).toEqual([3, 30, true]);
    expect(restored.similar(BRIDGE_AGAIN, 5)).toEqual(original.similar(BRIDGE_AGAIN, 5));

    const later = [BRIDGE_AGAIN, { ...BRIDGE, body: `来源：联系点\n${BRIDGE.body}` }, CANTEEN];
    const answers = later.map((text, n) => restored.add(`later-${n}`, text, 40 + n));
    expect(answers).toEqual(later.map((text, n) => original.add(`later-${n}`, text, 40 + n)));
    expect(answers[1]).toMatchObject({ duplicateOf: 'item-0', clusterId: 'item-0' });
    expect(answers[2]).toMatchObject({ duplicateOf: 'item-1', clusterId: 'item-1' });
    expect(restored.serialize()).toEqual(original.serialize());
  });

  it('restores an empty index', () => {
    const restored = TriageIndex.deserialize(new TriageIndex().serialize());
    expect([restored.size, restored.position]).toEqual([0, 0]);
    expect(restored.add('a', BRIDGE, 1)).toMatchObject({ clusterId: 'a' });
  });

  it('refuses another format version', () => {
    const [, ...parts] = splitSections(indexOf([BRIDGE]).serialize());
    const header = new TextEncoder().encode(
      JSON.stringify({ format: INDEX_SNAPSHOT_FORMAT + 1, position: 10 }),
    );
    expect(() => TriageIndex.deserialize(joinSections([header, ...parts]))).toThrow(
      /format 2, this build reads 1/,
    );
  });

  it('refuses an index made with other duplicate options', () => {
    const other = new TriageIndex(new DuplicateDetector({ ...DEFAULT_DUPLICATE_OPTIONS, seed: 1 }));
    other.add('a', BRIDGE, 1);
    expect(() => TriageIndex.deserialize(other.serialize())).toThrow(/other duplicate or cluster/);
  });

  it('refuses damaged bytes with an IndexSnapshotError', () => {
    const bytes = indexOf([BRIDGE, CANTEEN]).serialize();
    const [header, ids, detector, clusterer] = splitSections(bytes);
    const oneIdLess = new TextEncoder().encode(JSON.stringify(['item-0']));
    for (const damaged of [
      bytes.subarray(0, bytes.length - 1),
      joinSections([header, ids, detector]),
      joinSections([header, oneIdLess, detector, clusterer]),
      joinSections([new TextEncoder().encode('{"format":1}'), ids, detector, clusterer]),
    ]) {
      expect(() => TriageIndex.deserialize(damaged)).toThrow(IndexSnapshotError);
    }
  });
});
