import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DEMO_USERS } from '../../../../services/gateway/src/seed/demo-data';
import { repoRoot } from '../paths';
import { serviceEnvironment } from '../services/service-env';
import { demoPlan, idempotencyKeyOf, importFileOf, submitRequestOf } from './demo-plan';
import type { DemoDirectory } from './demo-plan';
import { GatewaySession, LOCAL_GATEWAY, sleep } from './gateway-client';
import { DEMO_ITEMS, issueGroupMembers, type DemoItem, type DemoSubmitter } from './items';
import { loadPublicMessages, publicMessagesWanted } from './public-messages';

const SUBMITTERS: DemoSubmitter[] = ['member', 'member2', 'liaison'];
/** How long to wait for triage while it assesses nothing new (DEMO_TRIAGE_WAIT_SECONDS). */
const TRIAGE_STALL_MS = Number(process.env.DEMO_TRIAGE_WAIT_SECONDS ?? '90') * 1000;
const TRIAGE_WAIT_MAX_MS = 10 * 60_000;
const IMPORT_WAIT_MS = 120_000;

type Outcome = 'new' | 'there' | 'failed';

interface Loaded {
  item: DemoItem;
  outcome: Outcome;
  submissionId?: string;
  detail?: string;
}

interface MineRow {
  submissionId: string;
  submitterId: string | null;
  status: string;
  content: { title?: string } | null;
}

/** What GET /triage/items/:id answers, as far as the summary reads it. */
interface Assessment {
  label: string | null;
  duplicateOf: string | null;
  cluster?: { clusterId: string; size: number } | null;
}

type Sessions = Record<DemoSubmitter, GatewaySession>;

function seedCommitteeAndUsers(): void {
  const seed = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', join(repoRoot, 'services', 'gateway', 'src', 'seed', 'main.ts')],
    { cwd: repoRoot, env: serviceEnvironment(), stdio: 'inherit' },
  );
  if (seed.status !== 0) throw new Error('the gateway seed failed (see above)');
}

async function signIn(gatewayUrl: string): Promise<Sessions> {
  const sessions = await Promise.all(
    SUBMITTERS.map((username) => {
      const user = DEMO_USERS.find((candidate) => candidate.username === username);
      if (!user) throw new Error(`demo user ${username} is not in the gateway seed`);
      return new GatewaySession(username, user.password, gatewayUrl).signIn();
    }),
  );
  return Object.fromEntries(sessions.map((session) => [session.username, session])) as Sessions;
}

/** What each submitter has already sent (or saved), by title: a second run skips it. */
async function existingByTitle(session: GatewaySession): Promise<Map<string, string>> {
  const answer = await session.request<MineRow[]>('GET', '/api/submissions/mine?limit=500');
  if (answer.status !== 200) return new Map();
  return new Map(
    answer.body
      .filter((row) => row.submitterId === session.userId && row.content?.title)
      .map((row) => [row.content!.title!, row.submissionId]),
  );
}

class DemoLoader {
  readonly loaded = new Map<string, Loaded>();
  private readonly people: DemoDirectory;

  constructor(
    private readonly sessions: Sessions,
    private readonly existing: Record<DemoSubmitter, Map<string, string>>,
  ) {
    const person = (username: DemoSubmitter) => ({
      userId: sessions[username].userId,
      name: sessions[username].name,
    });
    this.people = {
      member: person('member'),
      member2: person('member2'),
      liaison: person('liaison'),
    };
  }

  /** Each submitter's items in order, the submitters in parallel (the rate limit is per user). */
  async submitAll(items: DemoItem[], path: '/api/submissions' | '/api/submissions/drafts') {
    await Promise.all(
      SUBMITTERS.map(async (username) => {
        for (const item of items.filter((candidate) => candidate.submitter === username)) {
          await this.submit(item, path);
        }
      }),
    );
  }

  private async submit(item: DemoItem, path: string): Promise<void> {
    const there = this.existing[item.submitter].get(item.title);
    if (there) {
      this.loaded.set(item.id, { item, outcome: 'there', submissionId: there });
      return;
    }
    const answer = await this.sessions[item.submitter].request<{
      submissionId?: string;
      created?: boolean;
    }>('POST', path, {
      headers: { 'idempotency-key': idempotencyKeyOf(item) },
      body: submitRequestOf(item, this.people),
    });
    const ok = answer.status === 201 || answer.status === 200;
    // A replayed key answers the earlier item: `created: false` (200 for submissions).
    const created = answer.body?.created ?? answer.status === 201;
    this.loaded.set(item.id, {
      item,
      outcome: ok ? (created ? 'new' : 'there') : 'failed',
      submissionId: answer.body?.submissionId,
      ...(!ok && { detail: `HTTP ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}` }),
    });
  }

  /** The liaison officer's batch through 批量导入 (JSONL), waited for until the import is done. */
  async importBatch(items: DemoItem[]): Promise<void> {
    const liaison = this.sessions.liaison;
    const fresh = items.filter((item) => !this.existing.liaison.has(item.title));
    for (const item of items.filter((candidate) => !fresh.includes(candidate))) {
      const submissionId = this.existing.liaison.get(item.title);
      this.loaded.set(item.id, { item, outcome: 'there', submissionId });
    }
    if (fresh.length === 0) return;
    const upload = await liaison.request<{ importId: string }>(
      'POST',
      '/api/imports?filename=demo-liaison-batch.jsonl',
      {
        upload: { contentType: 'application/x-ndjson', content: importFileOf(fresh, this.people) },
      },
    );
    let detail = `upload: HTTP ${upload.status}`;
    let imported = false;
    let created = 0;
    if (upload.status === 202) {
      const deadline = Date.now() + IMPORT_WAIT_MS;
      while (Date.now() < deadline) {
        const report = await liaison.request<{ status: string; counts: Record<string, number> }>(
          'GET',
          `/api/imports/${upload.body.importId}`,
        );
        if (report.status === 200 && ['done', 'failed'].includes(report.body.status)) {
          imported = report.body.status === 'done' && report.body.counts.failed === 0;
          created = report.body.counts.imported ?? 0;
          detail = `import ${report.body.status}: ${JSON.stringify(report.body.counts)}`;
          break;
        }
        await sleep(1000);
      }
    }
    const ids = imported ? await this.settledIds(liaison, fresh) : new Map<string, string>();
    for (const item of fresh) {
      const submissionId = ids.get(item.title);
      this.loaded.set(item.id, {
        item,
        // The report counts rows, not which: a batch partly imported before counts as new.
        outcome: imported ? (created > 0 ? 'new' : 'there') : 'failed',
        ...(submissionId && { submissionId }),
        ...(!imported && { detail }),
      });
    }
  }

  /** The ids of imported items, once the gateway's view has them (it follows intake's events). */
  private async settledIds(session: GatewaySession, items: DemoItem[]) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const mine = await existingByTitle(session);
      if (items.every((item) => mine.has(item.title)) || Date.now() > deadline) return mine;
      await sleep(1000);
    }
  }

  /**
   * Waits until triage has assessed the items, as long as it keeps making progress (it follows
   * intake's events through Kafka, and the gateway's view of an item comes the same way);
   * answers what it found.
   */
  async assessments(items: DemoItem[]): Promise<Map<string, Assessment>> {
    const found = new Map<string, Assessment>();
    const giveUp = Date.now() + TRIAGE_WAIT_MAX_MS;
    let stalledSince = Date.now();
    for (;;) {
      const before = found.size;
      for (const item of items) {
        const submissionId = this.loaded.get(item.id)?.submissionId;
        if (!submissionId || found.has(item.id)) continue;
        const answer = await this.sessions[item.submitter].request<Assessment>(
          'GET',
          `/triage/items/${submissionId}`,
        );
        if (answer.status === 200 && answer.body.label) found.set(item.id, answer.body);
      }
      const pending = items.filter(
        (item) => this.loaded.get(item.id)?.submissionId && !found.has(item.id),
      );
      if (pending.length === 0) return found;
      if (found.size > before) stalledSince = Date.now();
      const now = Date.now();
      if (now - stalledSince > TRIAGE_STALL_MS || now > giveUp) return found;
      await sleep(2000);
    }
  }
}

const tally = (values: string[]) => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([value, count]) => `${value} ${count}`)
    .join(', ');
};

function printSummary(loader: DemoLoader, found: Map<string, Assessment>): void {
  const rows = [...loader.loaded.values()];
  const count = (outcome: Outcome, drafts: boolean) =>
    rows.filter((row) => row.outcome === outcome && Boolean(row.item.draft) === drafts).length;
  const batch = rows.filter((row) => row.item.viaImport && row.outcome !== 'failed').length;
  const failed = rows.filter((row) => row.outcome === 'failed').length;
  console.log(
    `demo items: ${DEMO_ITEMS.length} written for the project; submitted ${count('new', false)} ` +
      `new and ${count('there', false)} already there (${batch} of them through the liaison ` +
      `batch import); drafts: ${count('new', true)} new, ${count('there', true)} already there; ` +
      `${failed} failed`,
  );
  for (const row of rows.filter((candidate) => candidate.outcome === 'failed')) {
    console.log(`  failed ${row.item.id} (${row.item.submitter}): ${row.detail ?? ''}`);
  }
  const submitted = rows.filter((row) => !row.item.draft && row.submissionId);
  const assessed = submitted.filter((row) => found.has(row.item.id));
  if (assessed.length === 0) {
    console.log(
      `triage: none of the ${submitted.length} submitted items assessed yet; they appear in the ` +
        'inbox as triage catches up (its log: .local/logs/triage.log)',
    );
    return;
  }
  const view = (row: Loaded) => found.get(row.item.id)!;
  const idOf = new Map(rows.map((row) => [row.item.id, row.submissionId]));
  const agreed = assessed.filter((row) => view(row).label === row.item.domain);
  const repeats = assessed.filter((row) => row.item.plantedDuplicateOf !== undefined);
  const flagged = repeats.filter(
    (row) => view(row).duplicateOf === idOf.get(row.item.plantedDuplicateOf!),
  );
  const together = [...issueGroupMembers()].filter(([, members]) => {
    const clusters = assessed
      .filter((row) => members.includes(row.item.id))
      .map((row) => view(row).cluster?.clusterId);
    return clusters.some((cluster, index) => cluster && clusters.indexOf(cluster) !== index);
  });
  console.log(
    `triage: ${assessed.length} of ${submitted.length} submitted items assessed; labels: ` +
      `${tally(assessed.map((row) => view(row).label!))}`,
  );
  console.log(
    `  labelled with the domain they were written for: ${agreed.length}; planted repeats found: ` +
      `${flagged.length} of ${repeats.length}; planted same-issue groups with reports clustered ` +
      `together: ${together.length} of ${issueGroupMembers().size} (docs/demo.md)`,
  );
  if (assessed.length < submitted.length) {
    console.log('  (triage is still working through the rest; the inbox fills in as it does)');
  }
}

/** Where the demo goes: the local gateway by default, seeded first; a test stack seeds itself. */
export interface DemoTarget {
  gatewayUrl?: string;
  seed?: boolean;
}

/**
 * The demo: the gateway's committee tree and users, then the project's own demo items (written
 * for it, in items/) submitted through the gateway by the demo member, the second member and the
 * liaison officer, so they pass intake and triage like any item: originals first, then the
 * planted repeats once triage has seen what they repeat, then a few drafts. Safe to run again:
 * nothing is created twice. The public 泰迪杯 messages only with DEMO_PUBLIC_MESSAGES=1.
 */
export async function loadDemo({
  gatewayUrl = LOCAL_GATEWAY,
  seed = true,
}: DemoTarget = {}): Promise<void> {
  if (seed) seedCommitteeAndUsers();
  const sessions = await signIn(gatewayUrl);
  const existing = Object.fromEntries(
    await Promise.all(
      SUBMITTERS.map(async (username) => [username, await existingByTitle(sessions[username])]),
    ),
  ) as Record<DemoSubmitter, Map<string, string>>;
  const loader = new DemoLoader(sessions, existing);
  const plan = demoPlan(DEMO_ITEMS);
  console.log(
    `demo items: submitting ${plan.originals.length + plan.batch.length + plan.repeats.length} ` +
      `items and saving ${plan.drafts.length} drafts through the gateway (the submit rate limit ` +
      'makes this take a few minutes)…',
  );
  await Promise.all([
    loader.submitAll(plan.originals, '/api/submissions'),
    loader.importBatch(plan.batch),
  ]);
  // The repeats only once triage has assessed what they repeat, so they are found as repeats.
  await loader.assessments([...plan.originals, ...plan.batch]);
  await loader.submitAll(plan.repeats, '/api/submissions');
  await loader.submitAll(plan.drafts, '/api/submissions/drafts');
  const found = await loader.assessments([...plan.originals, ...plan.batch, ...plan.repeats]);
  printSummary(loader, found);
  if (publicMessagesWanted()) {
    await loadPublicMessages(SUBMITTERS.map((username) => sessions[username]));
  } else {
    console.log(
      'public 泰迪杯 messages: not loaded (DEMO_PUBLIC_MESSAGES=1 adds them, for benchmarks)',
    );
  }
}
