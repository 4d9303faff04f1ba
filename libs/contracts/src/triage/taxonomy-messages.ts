import type { Locale } from '../submission/validation-messages';
import { TAXONOMY_RULE } from './events';

/** The taxonomy rules' messages, by code, in both languages (zh-CN first). */
export const TAXONOMY_MESSAGES: Record<string, Record<Locale, string>> = {
  [TAXONOMY_RULE.duplicateLabel]: { 'zh-CN': '类别不能重复', en: 'Labels must be distinct' },
  [TAXONOMY_RULE.duplicateModelLabel]: {
    'zh-CN': '同一模型类别只能映射一次',
    en: 'A model label can be mapped only once',
  },
  [TAXONOMY_RULE.modelLabelIsLabel]: {
    'zh-CN': '该模型类别已是本分类体系的类别，无需映射',
    en: 'This model label is a label of the taxonomy and needs no mapping',
  },
  [TAXONOMY_RULE.unknownTarget]: {
    'zh-CN': '映射目标不是本分类体系的类别',
    en: 'The mapping target is not a label of the taxonomy',
  },
  [TAXONOMY_RULE.reachesNothing]: {
    'zh-CN': '当前模型的类别都不在本分类体系中，请为其提供映射',
    en: 'No label of the model in use falls into this taxonomy: map some of them',
  },
};
