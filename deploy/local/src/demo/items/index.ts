import { ECONOMY_ITEMS } from './economy';
import { EDUCATION_ITEMS } from './education';
import { ENVIRONMENT_ITEMS } from './environment';
import { GOVERNANCE_ITEMS } from './governance';
import { HEALTH_ITEMS } from './health';
import { LIVELIHOOD_ITEMS } from './livelihood';
import { RURAL_ITEMS } from './rural';
import type { DemoItem } from './types';
import { URBAN_ITEMS } from './urban';

export type { DemoDomain, DemoItem, DemoSubmitter } from './types';

/**
 * The project's own demo items: opinion items of the fictional 某区, written for this repository
 * (no data set was copied or paraphrased). docs/demo.md lists what is planted in them.
 */
export const DEMO_ITEMS: readonly DemoItem[] = [
  ...ECONOMY_ITEMS,
  ...URBAN_ITEMS,
  ...GOVERNANCE_ITEMS,
  ...EDUCATION_ITEMS,
  ...HEALTH_ITEMS,
  ...ENVIRONMENT_ITEMS,
  ...LIVELIHOOD_ITEMS,
  ...RURAL_ITEMS,
];

/** The planted same-issue groups (同一问题, 综合编报 candidates), by the local issue they share. */
export const DEMO_ISSUE_GROUPS: Readonly<Record<string, string>> = {
  'old-street-shops': '城关老街改造后商铺空置',
  'qingsong-parking': '青松小区停车难',
  'ebike-charging': '电动自行车进楼入户充电',
  'chengnan-after-school': '城南小学课后服务',
  'night-paediatrics': '区人民医院儿科夜间急诊',
  'dongsha-river': '东沙河黑臭水体',
  'elderly-meals': '社区老年助餐',
  'rural-bus': '石桥镇农村客运班车停运',
};

/** Planted near-duplicates as [earlier item, its repeat]. */
export const plantedDuplicatePairs = (items: readonly DemoItem[] = DEMO_ITEMS) =>
  items
    .filter((item) => item.plantedDuplicateOf !== undefined)
    .map((item) => [item.plantedDuplicateOf as string, item.id] as const);

/** The members of each planted same-issue group (a repeat belongs to its original's group). */
export function issueGroupMembers(items: readonly DemoItem[] = DEMO_ITEMS): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    if (item.issueGroup === undefined) continue;
    groups.set(item.issueGroup, [...(groups.get(item.issueGroup) ?? []), item.id]);
  }
  return groups;
}
