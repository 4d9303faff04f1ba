import type { LabelScore, Prediction } from './model';

/** Where one model label's score goes in a taxonomy. */
export interface LabelMapping {
  modelLabel: string;
  label: string;
}

/**
 * An organisation's classification labels, which change over time, and how the labels of a model
 * trained for another taxonomy fall into them. A model label that is itself a taxonomy label keeps
 * its name, so a model trained for the taxonomy needs no mapping; the mapping says where the
 * others go, and model labels it does not name are dropped.
 */
export interface Taxonomy {
  labels: readonly string[];
  mapping: readonly LabelMapping[];
}

/** Committee domains (领域) most 政协 information offices classify by; the default taxonomy. */
export const COMMITTEE_DOMAINS: readonly string[] = [
  '经济发展',
  '城乡建设',
  '社会治理',
  '教育文化',
  '医疗卫生',
  '生态环境',
  '民生保障',
  '农业农村',
];

/**
 * The committee domains, with the shipped model's labels (2020 泰迪杯 problem C first-level
 * labels) mapped into them; its 城乡建设 keeps its name. Roads and transport fall under 城乡建设
 * as in the committees' 城建 work; 社会治理 and 农业农村 have no shipped label, so only editors'
 * corrections and a retrained model bring them in.
 */
export const DEFAULT_TAXONOMY: Taxonomy = {
  labels: COMMITTEE_DOMAINS,
  mapping: [
    { modelLabel: '环境保护', label: '生态环境' },
    { modelLabel: '交通运输', label: '城乡建设' },
    { modelLabel: '教育文体', label: '教育文化' },
    { modelLabel: '劳动和社会保障', label: '民生保障' },
    { modelLabel: '商贸旅游', label: '经济发展' },
    { modelLabel: '卫生计生', label: '医疗卫生' },
  ],
};

/** The taxonomy label a model label falls into, or undefined when it is dropped. */
export function taxonomyLabelOf(taxonomy: Taxonomy, modelLabel: string): string | undefined {
  if (taxonomy.labels.includes(modelLabel)) return modelLabel;
  return taxonomy.mapping.find((entry) => entry.modelLabel === modelLabel)?.label;
}

const TOP_COUNT = 3;

/**
 * A model's scores in a taxonomy: scores of model labels falling into the same label are summed,
 * dropped labels are left out and the rest renormalised to sum to 1. When nothing falls into the
 * taxonomy the model says nothing about it, and every label is equally likely (the first wins).
 */
export function predictionInTaxonomy(
  scores: readonly LabelScore[],
  taxonomy: Taxonomy,
): Prediction {
  const sums = new Map<string, number>();
  for (const { label: modelLabel, score } of scores) {
    const label = taxonomyLabelOf(taxonomy, modelLabel);
    if (label !== undefined) sums.set(label, (sums.get(label) ?? 0) + score);
  }
  const total = [...sums.values()].reduce((sum, score) => sum + score, 0);
  const ranked =
    total > 0
      ? [...sums].map(([label, score]) => ({ label, score: score / total }))
      : taxonomy.labels.map((label) => ({ label, score: 1 / taxonomy.labels.length }));
  // Stable sort: ties keep the taxonomy's order.
  ranked.sort(
    (a, b) =>
      b.score - a.score || taxonomy.labels.indexOf(a.label) - taxonomy.labels.indexOf(b.label),
  );
  return {
    label: ranked[0].label,
    confidence: ranked[0].score,
    top: ranked.slice(0, TOP_COUNT),
    scores: ranked,
  };
}
