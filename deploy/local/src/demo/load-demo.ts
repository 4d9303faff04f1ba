import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths';
import { serviceEnvironment } from '../services/service-env';

const GATEWAY = 'http://127.0.0.1:3100';
const MESSAGES = join(
  repoRoot,
  '..',
  'shared',
  'data',
  'tipdm2020c',
  'messages-with-reactions.jsonl',
);
const DEMO_ITEMS = 60;
/** Demo submitters (seeded by the gateway); items rotate over them, as a district's would. */
const SUBMITTERS = [
  { username: 'liaison', password: 'liaison-demo-2026', sourceType: 'liaison-point' },
  { username: 'member', password: 'member-demo-2026', sourceType: 'member' },
  { username: 'member2', password: 'member2-demo-2026', sourceType: 'member' },
] as const;

interface Message {
  id: string;
  title: string;
  body: string;
}

async function login(username: string, password: string): Promise<string> {
  const response = await fetch(`${GATEWAY}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login as ${username}: HTTP ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Posts one item; waits out the gateway's submit rate limit instead of failing. */
async function submit(token: string, message: Message, sourceType: string): Promise<number> {
  for (;;) {
    const response = await fetch(`${GATEWAY}/api/submissions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'idempotency-key': `demo-tipdm-${message.id}`,
      },
      body: JSON.stringify({
        title: message.title.slice(0, 200),
        body: { text: message.body.slice(0, 20_000) },
        sourceType,
        region: '某区',
      }),
    });
    if (response.status !== 429) return response.status;
    const wait = Number(response.headers.get('retry-after') ?? '5');
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
  }
}

function demoMessages(): Message[] {
  return readFileSync(MESSAGES, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, DEMO_ITEMS)
    .map((line) => JSON.parse(line) as Message);
}

/**
 * The demo: the gateway's committee tree and users, then real public citizen messages (2020 泰迪杯
 * problem C, read in place from ../shared, never copied) submitted through the gateway, so
 * they pass intake and triage like any item. Safe to run again: nothing is created twice.
 */
export async function loadDemo(): Promise<void> {
  const seed = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', join(repoRoot, 'services', 'gateway', 'src', 'seed', 'main.ts')],
    { cwd: repoRoot, env: serviceEnvironment(), stdio: 'inherit' },
  );
  if (seed.status !== 0) throw new Error('the gateway seed failed (see above)');
  if (!existsSync(MESSAGES)) {
    console.log(`demo items skipped: ${MESSAGES} is not there`);
    return;
  }
  const tokens = await Promise.all(SUBMITTERS.map((user) => login(user.username, user.password)));
  const counts = new Map<number, number>();
  for (const [index, message] of demoMessages().entries()) {
    const submitter = index % SUBMITTERS.length;
    const status = await submit(tokens[submitter], message, SUBMITTERS[submitter].sourceType);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const summary = [...counts].map(([status, count]) => `${count} × HTTP ${status}`).join(', ');
  console.log(`demo items: ${summary} (201 new, 200 already there)`);
}
