import { FeatureHasher, type FeatureSpec } from './features';

const SPEC: FeatureSpec = {
  buckets: 1 << 16,
  charNgramMin: 1,
  charNgramMax: 2,
  wordBigrams: false,
  titleRepeats: 1,
};

function total(spec: FeatureSpec, words: string[]): number {
  return new FeatureHasher(spec).countsOf(words).values.reduce((sum, value) => sum + value, 0);
}

describe('FeatureHasher', () => {
  const words = ['道路', '积水', '维修', '路灯'];

  it('counts the leading words again, with their character n-grams', () => {
    const lead = { ...SPEC, leadWords: 2, leadRepeats: 1 };
    // 2 words + 4 unigrams + 3 bigrams for the lead, plus the bigram that joins the copy on.
    const extra = total(SPEC, ['道路', '积水']) + 1;
    expect(total(lead, words)).toBe(total(SPEC, words) + extra);
  });

  it('leaves models without lead settings as they were', () => {
    expect(total({ ...SPEC, leadWords: 8 }, words)).toBe(total(SPEC, words));
  });
});
