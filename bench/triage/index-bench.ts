// Scale benchmark: indexes N (default 1,000,000) items synthesised from sentences of the public
// messages, then times duplicate lookups (disguised copies of indexed items and unseen items),
// reports resident memory, and times classification on one core.
import {
  Classifier,
  DuplicateDetector,
  readDefaultModel,
  seededRandom,
  type TextItem,
} from '@opinion/text';
import { readJsonl, type Message } from './data';
import { disguise } from './disguise';

const ITEMS = Number(process.env.ITEMS ?? 1_000_000);
const LOOKUPS = 20_000;
const CLASSIFY = 20_000;
const SENTENCE = /[^。！？!?\n]+[。！？!?]?/g;

function sentencePool(): { titles: string[]; sentences: string[] } {
  const messages = [
    ...readJsonl<Message>('messages-with-reactions.jsonl'),
    ...readJsonl<Message>('messages-with-replies.jsonl'),
    ...readJsonl<Message>('messages-unlabelled.jsonl'),
  ];
  const sentences = messages
    .flatMap((m) => m.body.match(SENTENCE) ?? [])
    .filter((s) => s.length >= 8);
  return { titles: messages.map((m) => m.title), sentences };
}

/** Item n of the synthetic corpus: always the same for the same n, so nothing is kept in memory. */
function synthesise(n: number, pool: { titles: string[]; sentences: string[] }): TextItem {
  const random = seededRandom(n + 1);
  const pick = (list: string[]) => list[Math.floor(random() * list.length)];
  const parts: string[] = [];
  const count = 3 + Math.floor(random() * 5);
  for (let i = 0; i < count; i++) parts.push(pick(pool.sentences));
  return { title: `${pick(pool.titles)}（${n}）`, body: parts.join('') };
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

function main(): void {
  const pool = sentencePool();
  const detector = new DuplicateDetector();
  let started = process.hrtime.bigint();
  for (let n = 0; n < ITEMS; n++) {
    detector.add(synthesise(n, pool));
    if ((n + 1) % 100_000 === 0) {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      console.log(
        `  indexed ${n + 1} (${((n + 1) / seconds).toFixed(0)} items/s, rss ${mib(process.memoryUsage().rss)})`,
      );
    }
  }
  const indexSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  global.gc?.();
  const rss = process.memoryUsage().rss;

  const random = seededRandom(99);
  const latencies = new Float64Array(LOOKUPS);
  let found = 0;
  for (let i = 0; i < LOOKUPS; i++) {
    const copyOf = Math.floor(random() * ITEMS);
    const source = synthesise(copyOf, pool);
    const probe =
      i % 2 === 0 ? disguise(source.title ?? '', source.body, random) : synthesise(ITEMS + i, pool);
    const t0 = process.hrtime.bigint();
    const check = detector.check(probe);
    latencies[i] = Number(process.hrtime.bigint() - t0) / 1e6;
    if (i % 2 === 0 && check.duplicateOf === copyOf) found++;
  }
  latencies.sort();

  const classifier = new Classifier(readDefaultModel());
  const items = Array.from({ length: CLASSIFY }, (_, i) => synthesise(i, pool));
  started = process.hrtime.bigint();
  for (const item of items) classifier.predict({ title: item.title, body: item.body });
  const classifySeconds = Number(process.hrtime.bigint() - started) / 1e9;

  console.log(`items indexed            ${ITEMS}`);
  console.log(
    `indexing rate            ${(ITEMS / indexSeconds).toFixed(0)} items/s (${indexSeconds.toFixed(1)} s)`,
  );
  console.log(
    `resident memory          ${mib(rss)} (heap used ${mib(process.memoryUsage().heapUsed)})`,
  );
  console.log(
    `duplicate lookup         p50 ${percentile(latencies, 0.5).toFixed(3)} ms, p99 ${percentile(latencies, 0.99).toFixed(3)} ms, max ${latencies[LOOKUPS - 1].toFixed(1)} ms`,
  );
  console.log(`disguised copies found   ${((200 * found) / LOOKUPS).toFixed(1)}%`);
  console.log(
    `classification rate      ${(CLASSIFY / classifySeconds).toFixed(0)} items/s (one core)`,
  );
}

main();
