import type { TextItem } from '../dedupe/fingerprint';
import { seededRandom } from '../random';
import { IssueClusterer } from './issue-clusterer';

// Invented reports: a few places × a few problems, so many reports share an issue, each told
// with a different pair of asides.
const PLACES = ['河西镇', '城南街道', '青松小区', '石板桥村', '东湖公园', '北关中学', '西门菜市场'];
const PROBLEMS = ['路灯损坏', '道路积水', '停车困难', '噪音扰民', '垃圾堆积', '护栏松动'];
const ASIDES = [
  '居民意见很大',
  '老人孩子出行不便',
  '已经反映多次',
  '雨天尤其严重',
  '晚上行人摔倒',
  '外卖骑手抱怨',
  '物业推诿扯皮',
  '商户生意受损',
];

function reports(count: number, seed: number): TextItem[] {
  const random = seededRandom(seed);
  const pick = (words: string[]) => words[Math.floor(random() * words.length)];
  return Array.from({ length: count }, () => {
    const [place, problem] = [pick(PLACES), pick(PROBLEMS)];
    return {
      title: `${place}${problem}`,
      body: `${place}${problem}，${pick(ASIDES)}，${pick(ASIDES)}。`,
    };
  });
}

describe('IssueClusterer snapshots', () => {
  // More items than the initial capacity (1,024) on both sides of the snapshot.
  const before = reports(1_500, 1);
  const after = reports(1_500, 2);

  it('restores a clusterer that gives later items the same clusters and neighbours', () => {
    const original = new IssueClusterer();
    for (const item of before) original.assign(item);
    const restored = IssueClusterer.deserialize(original.serialize());
    expect(restored.count).toBe(before.length);
    expect(restored.options).toEqual(original.options);

    const previews = after.slice(0, 50).map((item) => restored.preview(item));
    expect(previews).toEqual(after.slice(0, 50).map((item) => original.preview(item)));
    expect(restored.nearest(after[0], 5)).toEqual(original.nearest(after[0], 5));
    const clusters = after.map((item, n) => restored.assign(item, n % 7 === 0 ? n : null));
    expect(clusters).toEqual(after.map((item, n) => original.assign(item, n % 7 === 0 ? n : null)));
    // Later reports joined several clusters started before the snapshot, so those were restored.
    const earlier = new Set(clusters.filter((cluster) => cluster < before.length));
    expect(earlier.size).toBeGreaterThan(3);
    expect(restored.clusterOfItem(3)).toBe(original.clusterOfItem(3));
  });

  it('keeps the options it was made with', () => {
    const options = { signatureSize: 32, bands: 16, seed: 7, topicThreshold: 0.35 };
    const original = new IssueClusterer(options);
    for (const item of before.slice(0, 20)) original.assign(item);
    const restored = IssueClusterer.deserialize(original.serialize());
    expect(restored.options).toEqual(options);
    expect(restored.preview(after[0])).toBe(original.preview(after[0]));
  });

  it('restores an empty clusterer', () => {
    const restored = IssueClusterer.deserialize(new IssueClusterer().serialize());
    expect(restored.count).toBe(0);
    expect(restored.assign(before[0])).toBe(0);
  });

  it('refuses bytes that are not a whole clusterer snapshot', () => {
    const original = new IssueClusterer();
    for (const item of before.slice(0, 10)) original.assign(item);
    const bytes = original.serialize();
    expect(() => IssueClusterer.deserialize(bytes.subarray(0, bytes.length - 4))).toThrow();
    expect(() => IssueClusterer.deserialize(bytes.subarray(4))).toThrow();
    expect(() => IssueClusterer.deserialize(new Uint8Array(8))).toThrow();
  });
});
