import { BRIDGE, CANTEEN } from '../testing/sample-reports';
import { TriageIndex } from './triage-index';

const BRIDGE_TRADITIONAL = {
  title: '關於河西鎮石板橋年久失修的建議',
  body: '来源：河西镇信息联系点\n河西鎮石板橋橋面開裂，護欄鬆動，每天有很多學生經過，存在安全隱患，希望儘快維修石板橋。',
};

describe('TriageIndex', () => {
  it('names repeats and clusters by item id, the first item naming its cluster', () => {
    const index = new TriageIndex();
    expect(index.add('a', BRIDGE, 1)).toMatchObject({ duplicateOf: null, clusterId: 'a' });
    expect(index.add('b', CANTEEN, 2)).toMatchObject({ duplicateOf: null, clusterId: 'b' });
    const copy = index.add('c', BRIDGE_TRADITIONAL, 3);
    expect(copy).toMatchObject({ duplicateOf: 'a', clusterId: 'a', repeats: [{ itemId: 'a' }] });
    expect(copy.similarity).toBeGreaterThan(0.5);
  });

  it('previews exactly what add then answers, without adding', () => {
    const index = new TriageIndex();
    index.add('a', BRIDGE, 1);
    const preview = index.preview('c', BRIDGE_TRADITIONAL);
    expect(index.size).toBe(1);
    expect(index.has('c')).toBe(false);
    expect(index.add('c', BRIDGE_TRADITIONAL, 3)).toEqual(preview);
  });

  it('gives the same answers when the same items are added again in the same order', () => {
    const run = () => {
      const index = new TriageIndex();
      return [BRIDGE, CANTEEN, BRIDGE_TRADITIONAL].map((text, n) =>
        index.add(`i${n}`, text, n + 1),
      );
    };
    expect(run()).toEqual(run());
  });

  it('lists look-alike earlier items for a new text, repeats first, and refuses an id twice', () => {
    const index = new TriageIndex();
    index.add('a', BRIDGE, 1);
    index.add('b', CANTEEN, 2);
    expect(index.similar(BRIDGE_TRADITIONAL, 5)).toEqual([
      expect.objectContaining({ itemId: 'a', kind: 'duplicate' }),
    ]);
    expect(index.size).toBe(2);
    expect(() => index.add('a', BRIDGE, 1)).toThrow();
  });
});
