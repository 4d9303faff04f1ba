import { evaluate, compareModels } from './evaluate';
import { decodeModel, encodeModel } from './model-file';
import { Classifier } from './model';
import { DEFAULT_TRAINING, trainClassifier, type LabelledInput } from './train';

// A tiny invented two-topic set: roads vs schools.
const ROADS = [
  '道路 坑洼 积水 维修',
  '公交 线路 站点 调整',
  '路灯 损坏 夜间 出行',
  '道路 拥堵 红绿灯',
];
const SCHOOLS = [
  '学校 学位 入学 招生',
  '老师 课后 服务 作业',
  '幼儿园 收费 家长',
  '学生 校车 上学',
];
const ROWS: LabelledInput[] = [
  ...ROADS.map((tokens) => ({ tokens, label: '交通' })),
  ...SCHOOLS.map((tokens) => ({ tokens, label: '教育' })),
];
const OPTIONS = {
  ...DEFAULT_TRAINING,
  features: { ...DEFAULT_TRAINING.features, buckets: 1 << 12 },
};

describe('classifier', () => {
  const model = trainClassifier(ROWS, OPTIONS);

  it('classifies raw text by the words it learned from segmented text', () => {
    const classifier = new Classifier(model);
    expect(
      classifier.predict({ title: '小区门口道路积水', body: '道路坑洼，下雨积水严重。' }).label,
    ).toBe('交通');
    expect(classifier.predict({ body: '孩子上幼儿园的学位不够，家长很着急。' }).label).toBe('教育');
  });

  it('returns a confidence and the top labels, best first', () => {
    const prediction = new Classifier(model).predict({ body: '学校招生' });
    expect(prediction.top.map((t) => t.label)).toEqual([prediction.label, '交通']);
    expect(prediction.confidence).toBe(prediction.top[0].score);
    expect(prediction.top[0].score + prediction.top[1].score).toBeCloseTo(1);
  });

  it('is deterministic for the same seed', () => {
    expect(trainClassifier(ROWS, OPTIONS).weights).toEqual(model.weights);
  });

  it('rejects a label outside the declared taxonomy', () => {
    expect(() => trainClassifier(ROWS, { ...OPTIONS, labels: ['交通'] })).toThrow(/taxonomy/);
  });

  it('scores macro-F1 and per-class F1', () => {
    const evaluation = evaluate(model, ROWS);
    expect(evaluation.macroF1).toBe(1);
    expect(evaluation.perClass['交通']).toMatchObject({ f1: 1, support: 4 });
  });

  it('prefers a candidate only when it beats the current model', () => {
    const weak = trainClassifier(ROWS, { ...OPTIONS, epochs: 0 });
    expect(compareModels(model, weak, ROWS).candidateIsBetter).toBe(true);
    expect(compareModels(weak, model, ROWS).candidateIsBetter).toBe(false);
  });

  it('round-trips through the quantised model file with the same predictions', () => {
    const restored = decodeModel(encodeModel(model));
    const input = { body: '路灯损坏，晚上出行不便。' };
    expect(new Classifier(restored).predict(input).label).toBe(
      new Classifier(model).predict(input).label,
    );
    expect(restored.labels).toEqual(model.labels);
  });
});
