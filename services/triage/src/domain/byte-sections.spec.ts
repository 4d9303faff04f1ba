import { joinSections, splitSections } from './byte-sections';

describe('byte sections', () => {
  const sections = [new Uint8Array([1, 2, 3]), new Uint8Array(0), new Uint8Array([4])];

  it('splits what it joined, empty sections included', () => {
    expect(splitSections(joinSections(sections))).toEqual(sections);
    expect(splitSections(joinSections([]))).toEqual([]);
  });

  it('refuses a truncated, padded or headerless blob', () => {
    const joined = joinSections(sections);
    expect(() => splitSections(joined.subarray(0, joined.length - 1))).toThrow();
    expect(() => splitSections(new Uint8Array([...joined, 0]))).toThrow();
    expect(() => splitSections(new Uint8Array([9, 0, 0, 0]))).toThrow();
    expect(() => splitSections(new Uint8Array(2))).toThrow();
  });
});
