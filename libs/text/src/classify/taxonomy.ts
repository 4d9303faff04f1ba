/**
 * A classification taxonomy belongs to an organisation and changes over time; a model is trained
 * for one taxonomy and records its labels, so several can coexist.
 */
export interface Taxonomy {
  organisationId: string;
  labels: readonly string[];
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

/** Labels of the shipped model (2020 泰迪杯 problem C first-level labels). */
export const TIPDM_LABELS: readonly string[] = [
  '城乡建设',
  '环境保护',
  '交通运输',
  '教育文体',
  '劳动和社会保障',
  '商贸旅游',
  '卫生计生',
];

export function defaultTaxonomy(organisationId: string): Taxonomy {
  return { organisationId, labels: COMMITTEE_DOMAINS };
}
