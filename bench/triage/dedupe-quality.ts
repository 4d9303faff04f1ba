// Duplicate-detection quality on the public messages: every message arrives in file order, and a
// seeded disguised copy of about a third of them arrives later. The detector must point each copy
// (and each near-copy already in the data) at an earlier member of its group, and must not call
// reports of the same issue by different people duplicates.
import { DuplicateDetector, IssueClusterer, seededRandom } from '@opinion/text';
import { readJsonl, type Message } from './data';
import { DISGUISES, disguise, type Disguise } from './disguise';
import { nearCopyGroups, sameIssuePairs } from './same-issue';

const SEED = Number(process.env.SEED ?? 7);
const COPY_SHARE = 0.3;

interface StreamItem {
  title: string;
  body: string;
  group: number;
  /** Index into the messages, or -1 for a disguised copy. */
  message: number;
  disguises: Disguise[];
}

function buildStream(messages: Message[], groups: number[]): StreamItem[] {
  const random = seededRandom(SEED);
  const stream: StreamItem[] = messages.map((m, i) => ({
    title: m.title,
    body: m.body,
    group: groups[i],
    message: i,
    disguises: [],
  }));
  for (let i = 0; i < messages.length; i++) {
    if (random() >= COPY_SHARE) continue;
    const copy = disguise(messages[i].title, messages[i].body, random);
    const original = stream.findIndex((item) => item.message === i);
    const at = original + 1 + Math.floor(random() * (stream.length - original));
    stream.splice(at, 0, { ...copy, group: groups[i], message: -1 });
  }
  return stream;
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / Math.max(1, whole)).toFixed(2)}%`;
}

function main(): void {
  const messages = readJsonl<Message>('messages-with-reactions.jsonl');
  const groups = nearCopyGroups(messages);
  const stream = buildStream(messages, groups);
  const detector = new DuplicateDetector();
  const clusterer = new IssueClusterer();
  const clusterOf: number[] = [];
  const seenGroups = new Set<number>();
  const duplicateOf: (number | null)[] = [];
  const byDisguise = new Map<Disguise, { found: number; total: number }>(
    DISGUISES.map((d) => [d, { found: 0, total: 0 }]),
  );
  let expected = 0;
  let called = 0;
  let correct = 0;
  const started = process.hrtime.bigint();
  for (const item of stream) {
    const check = detector.add(item);
    const hit = check.duplicateOf !== null && stream[check.duplicateOf].group === item.group;
    duplicateOf.push(check.duplicateOf);
    clusterOf.push(clusterer.assign(item, check.duplicateOf));
    if (seenGroups.has(item.group)) expected++;
    seenGroups.add(item.group);
    if (check.duplicateOf !== null) called++;
    if (hit) correct++;
    for (const kind of item.disguises) {
      const tally = byDisguise.get(kind) as { found: number; total: number };
      tally.total++;
      if (hit) tally.found++;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const ordinalOf = new Map<number, number>();
  stream.forEach((item, ordinal) => ordinalOf.set(item.message, ordinal));
  const pairs = sameIssuePairs(messages).filter(([a, b]) => groups[a] !== groups[b]);
  const falselyCalled = pairs.filter(
    ([a, b]) => duplicateOf[ordinalOf.get(b) as number] === ordinalOf.get(a),
  ).length;

  const sameCluster = pairs.filter(
    ([a, b]) => clusterOf[ordinalOf.get(a) as number] === clusterOf[ordinalOf.get(b) as number],
  ).length;
  const random = seededRandom(SEED + 1);
  let unrelatedTogether = 0;
  const UNRELATED_SAMPLES = 20000;
  for (let n = 0; n < UNRELATED_SAMPLES; n++) {
    const [a, b] = [random(), random()].map((r) => Math.floor(r * messages.length));
    if (
      groups[a] !== groups[b] &&
      clusterOf[ordinalOf.get(a) as number] === clusterOf[ordinalOf.get(b) as number]
    )
      unrelatedTogether++;
  }

  console.log(
    `seed ${SEED}: ${messages.length} messages + ${stream.length - messages.length} disguised copies, ${seconds.toFixed(1)} s`,
  );
  console.log(`duplicates expected ${expected}, called ${called}, correct ${correct}`);
  console.log(`pairwise precision ${(correct / Math.max(1, called)).toFixed(4)}`);
  console.log(`pairwise recall    ${(correct / Math.max(1, expected)).toFixed(4)}`);
  for (const [kind, { found, total }] of byDisguise) {
    console.log(
      `  recall on copies disguised by ${kind.padEnd(15)} ${percent(found, total)} of ${total}`,
    );
  }
  console.log(
    `same-issue reports by different users: ${pairs.length} pairs, called duplicates ${falselyCalled} (${percent(falselyCalled, pairs.length)})`,
  );
  console.log(
    `same-issue pairs in one cluster ${percent(sameCluster, pairs.length)}; random message pairs in one cluster ${percent(unrelatedTogether, UNRELATED_SAMPLES)}`,
  );
  console.log(`clusters ${new Set(clusterOf).size} for ${stream.length} items`);
}

main();
