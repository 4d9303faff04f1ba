import { seededRandom } from '../random';
import { DEFAULT_DUPLICATE_OPTIONS, DuplicateDetector } from './duplicate-detector';
import type { TextItem } from './fingerprint';

// Random Han text: unrelated items share almost no shingles, copies share nearly all.
const HAN = '河西镇石板桥建于上世纪七十年代是附近三个村两千多名群众和小学学生上学的必经之路';

function items(count: number, seed: number): TextItem[] {
  const random = seededRandom(seed);
  const text = (length: number) =>
    Array.from({ length }, () => HAN[Math.floor(random() * HAN.length)]).join('');
  return Array.from({ length: count }, () => ({ title: text(10), body: text(120) }));
}

describe('DuplicateDetector snapshots', () => {
  const before = items(1_200, 1);
  // After the snapshot: new texts, and copies of texts from before it with a header line.
  const after = items(300, 2).map((item, n) =>
    n % 3 === 0 ? { ...before[n * 3], body: `来源：联系点\n${before[n * 3].body}` } : item,
  );

  it('restores a detector that finds the same duplicates among later items', () => {
    const original = new DuplicateDetector();
    for (const item of before) original.add(item);
    const restored = DuplicateDetector.deserialize(original.serialize());
    expect(restored.count).toBe(before.length);
    expect(restored.options).toEqual(DEFAULT_DUPLICATE_OPTIONS);

    expect(restored.check(after[0])).toEqual(original.check(after[0]));
    const checks = after.map((item) => restored.add(item));
    expect(checks).toEqual(after.map((item) => original.add(item)));
    // Copies were found among the items before the snapshot, so those were restored.
    const found = checks.filter((check) => check.duplicateOf !== null);
    expect(found).toHaveLength(100);
    expect(found.every((check) => check.duplicateOf! < before.length)).toBe(true);
  });

  it('keeps the options it was made with', () => {
    const options = { ...DEFAULT_DUPLICATE_OPTIONS, seed: 7, jaccardThreshold: 0.9 };
    const original = new DuplicateDetector(options);
    for (const item of before.slice(0, 20)) original.add(item);
    const restored = DuplicateDetector.deserialize(original.serialize());
    expect(restored.options).toEqual(options);
    expect(restored.check(after[3])).toEqual(original.check(after[3]));
  });

  it('refuses bytes that are not a whole detector snapshot', () => {
    const original = new DuplicateDetector();
    for (const item of before.slice(0, 10)) original.add(item);
    const bytes = original.serialize();
    expect(() => DuplicateDetector.deserialize(bytes.subarray(0, bytes.length - 4))).toThrow();
    expect(() => DuplicateDetector.deserialize(bytes.subarray(4))).toThrow();
  });
});
