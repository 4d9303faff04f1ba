import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths';
import type { GatewaySession } from './gateway-client';

/** 2020 泰迪杯 problem C public messages, read in place from ../shared, never copied. */
const MESSAGES = join(
  repoRoot,
  '..',
  'shared',
  'data',
  'tipdm2020c',
  'messages-with-reactions.jsonl',
);
const COUNT = 60;

interface Message {
  id: string;
  title: string;
  body: string;
}

/** Loaded only when asked for (DEMO_PUBLIC_MESSAGES=1) and the data is there: for benchmarks. */
export const publicMessagesWanted = () => process.env.DEMO_PUBLIC_MESSAGES === '1';

/**
 * Submits the first public messages through the gateway, rotating over the submitters, so they
 * pass intake and triage like any item. Nothing is created twice (Idempotency-Key per message).
 */
export async function loadPublicMessages(submitters: GatewaySession[]): Promise<void> {
  if (!existsSync(MESSAGES)) {
    console.log(`public 泰迪杯 messages: not loaded, ${MESSAGES} is not there`);
    return;
  }
  const messages = readFileSync(MESSAGES, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, COUNT)
    .map((line) => JSON.parse(line) as Message);
  const counts = new Map<number, number>();
  for (const [index, message] of messages.entries()) {
    const session = submitters[index % submitters.length];
    const answer = await session.request('POST', '/api/submissions', {
      headers: { 'idempotency-key': `demo-tipdm-${message.id}` },
      body: {
        title: message.title.slice(0, 200),
        body: { text: message.body.slice(0, 20_000) },
        sourceType: session.username === 'liaison' ? 'liaison-point' : 'member',
        region: '某区',
      },
    });
    counts.set(answer.status, (counts.get(answer.status) ?? 0) + 1);
  }
  const summary = [...counts].map(([status, count]) => `${count} × HTTP ${status}`).join(', ');
  console.log(`public 泰迪杯 messages: ${summary} (201 new, 200 already there)`);
}
