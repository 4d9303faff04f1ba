import type { DirectSourceType } from '@opinion/contracts';

/** The demo users who submit (services/gateway/src/seed/demo-data.ts). */
export type DemoSubmitter = 'member' | 'member2' | 'liaison';

/** The committee domains (libs/text COMMITTEE_DOMAINS) an item is written for. */
export type DemoDomain =
  | '经济发展'
  | '城乡建设'
  | '社会治理'
  | '教育文化'
  | '医疗卫生'
  | '生态环境'
  | '民生保障'
  | '农业农村';

/**
 * One demo item, written for this project (not taken from any data set): an opinion item of the
 * fictional 某区 as its submitter would send it, with what the demo knows about it beyond that.
 */
export interface DemoItem {
  /** Stable id: the Idempotency-Key is derived from it, so a second run creates nothing. */
  id: string;
  /** The domain the item is written for; what an editor would file it under. */
  domain: DemoDomain;
  submitter: DemoSubmitter;
  sourceType: DirectSourceType;
  title: string;
  situation: string; // 情况
  problem: string; // 问题
  suggestions: string; // 建议
  sector?: string; // 界别
  region: string;
  urgency?: { level: 'urgent' | 'critical'; greenChannel: boolean };
  /** Demo members credited with the item (联名), by username; resolved to user ids on load. */
  coSubmitters?: DemoSubmitter[];
  /** Saved as a draft (草稿) and not submitted. */
  draft?: boolean;
  /** Sent by the liaison officer in a batch (批量导入) rather than one by one. */
  viaImport?: boolean;
  /** Planted near-duplicate: the id of the earlier item it repeats (重复报送). */
  plantedDuplicateOf?: string;
  /** Planted same-issue group (同一问题): items about one local issue from different angles. */
  issueGroup?: string;
}
