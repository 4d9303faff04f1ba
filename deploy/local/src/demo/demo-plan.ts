import type { SubmitRequest } from '@opinion/contracts';
import { createHash } from 'node:crypto';
import type { DemoItem, DemoSubmitter } from './items';

/** A demo user as the gateway knows them once signed in. */
export interface DemoPerson {
  userId: string;
  name: string;
}
export type DemoDirectory = Record<DemoSubmitter, DemoPerson>;

/** The `POST /api/submissions` body of an item; co-submitters resolved to the users' ids. */
export function submitRequestOf(item: DemoItem, people: DemoDirectory): SubmitRequest {
  const { title, situation, problem, suggestions, sourceType, sector, region, urgency } = item;
  return {
    title,
    body: { situation, problem, suggestions },
    sourceType,
    coSubmitters: (item.coSubmitters ?? []).map((username) => ({ ...people[username] })),
    ...(sector !== undefined && { sector }),
    region,
    ...(urgency !== undefined && { urgency }),
  };
}

/**
 * The Idempotency-Key of an item: its stable id, plus a digest of what it says, so a second run
 * creates nothing twice, and an item whose text was edited since is sent as a new one rather
 * than refused as a reused key with another body.
 */
export function idempotencyKeyOf(item: DemoItem): string {
  const digest = createHash('sha256').update(JSON.stringify(item)).digest('hex').slice(0, 16);
  return `demo-${item.id}-${digest}`;
}

/** The order the items go in; each step waits for the one before (and for triage to assess it). */
export interface DemoPlan {
  /** Submitted one by one, each submitter's in parallel with the others'. */
  originals: DemoItem[];
  /** The liaison officer's batch (批量导入 as JSONL), sent alongside the originals. */
  batch: DemoItem[];
  /** Planted near-duplicates: only once what they repeat has been assessed. */
  repeats: DemoItem[];
  /** Saved as drafts (草稿), never submitted. */
  drafts: DemoItem[];
}

export function demoPlan(items: readonly DemoItem[]): DemoPlan {
  const plan: DemoPlan = { originals: [], batch: [], repeats: [], drafts: [] };
  for (const item of items) {
    if (item.draft) plan.drafts.push(item);
    else if (item.plantedDuplicateOf !== undefined) plan.repeats.push(item);
    else if (item.viaImport) plan.batch.push(item);
    else plan.originals.push(item);
  }
  return plan;
}

/** The batch file: one `POST /submissions` body a line (intake's JSONL import format). */
export function importFileOf(items: readonly DemoItem[], people: DemoDirectory): string {
  return items.map((item) => `${JSON.stringify(submitRequestOf(item, people))}\n`).join('');
}
