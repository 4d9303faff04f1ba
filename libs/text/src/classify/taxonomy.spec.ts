import { readDefaultModel } from './default-model';
import {
  COMMITTEE_DOMAINS,
  DEFAULT_TAXONOMY,
  predictionInTaxonomy,
  taxonomyLabelOf,
  type Taxonomy,
} from './taxonomy';

const OWN: Taxonomy = {
  labels: ['城建交通', '教育', '其他'],
  mapping: [
    { modelLabel: '城乡建设', label: '城建交通' },
    { modelLabel: '交通运输', label: '城建交通' },
    { modelLabel: '教育文体', label: '教育' },
  ],
};

describe('a model prediction in a taxonomy', () => {
  it('sums the scores of model labels that fall into one label and renormalises the rest', () => {
    const prediction = predictionInTaxonomy(
      [
        { label: '教育文体', score: 0.4 },
        { label: '城乡建设', score: 0.3 },
        { label: '交通运输', score: 0.2 },
        { label: '卫生计生', score: 0.1 },
      ],
      OWN,
    );
    expect(prediction.label).toBe('城建交通');
    expect(prediction.confidence).toBeCloseTo(0.5 / 0.9);
    expect(prediction.top.map((entry) => entry.label)).toEqual(['城建交通', '教育']);
    expect(prediction.top[1].score).toBeCloseTo(0.4 / 0.9);
  });

  it('keeps a model label that is a taxonomy label, as a model trained for the taxonomy has', () => {
    expect(taxonomyLabelOf(OWN, '其他')).toBe('其他');
    expect(taxonomyLabelOf(OWN, '卫生计生')).toBeUndefined();
    const prediction = predictionInTaxonomy(
      [
        { label: '其他', score: 0.5 },
        { label: '教育', score: 0.3 },
        { label: '城建交通', score: 0.2 },
      ],
      OWN,
    );
    const ranked = [
      { label: '其他', score: 0.5 },
      { label: '教育', score: 0.3 },
      { label: '城建交通', score: 0.2 },
    ];
    expect(prediction).toEqual({ label: '其他', confidence: 0.5, top: ranked, scores: ranked });
  });

  it('gives every label the same score when no model label falls into the taxonomy', () => {
    const prediction = predictionInTaxonomy([{ label: '卫生计生', score: 1 }], OWN);
    expect(prediction.label).toBe('城建交通');
    expect(prediction.top.map((entry) => entry.score)).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('maps every label of the shipped model into the committee domains by default', () => {
    expect(DEFAULT_TAXONOMY.labels).toEqual(COMMITTEE_DOMAINS);
    const mapped = readDefaultModel().labels.map((label) =>
      taxonomyLabelOf(DEFAULT_TAXONOMY, label),
    );
    expect(mapped).not.toContain(undefined);
    expect(new Set(mapped)).toEqual(
      new Set(['城乡建设', '生态环境', '教育文化', '民生保障', '经济发展', '医疗卫生']),
    );
  });
});
