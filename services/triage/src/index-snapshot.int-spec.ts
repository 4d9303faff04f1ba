import {
  EventRegistry,
  newId,
  registerSubmissionEvents,
  registerTriageEvents,
  TRIAGE_CATEGORY,
  TRIAGE_MODEL_CATEGORY,
  type Submitted,
} from '@opinion/contracts';
import { eventStoreModels, EventStore } from '@opinion/event-store';
import { openTestDatabase } from '@opinion/testing';
import { readDefaultModel, seededRandom, type TextItem } from '@opinion/text';
import type { Connection } from 'mongoose';
import { randomBytes } from 'node:crypto';
import { AssessItemHandler } from './application/assess-item/assess-item-handler';
import { ItemClassifier } from './application/models/item-classifier';
import { ModelRegistry } from './application/models/model-registry';
import { TaxonomyRegistry } from './application/taxonomies/taxonomy-registry';
import { RebuildIndexHandler } from './application/rebuild-index/rebuild-index-handler';
import { Serial } from './application/serial';
import {
  IndexSnapshotter,
  type SnapshotEvent,
} from './application/snapshot-index/index-snapshotter';
import { StartIndexHandler } from './application/start-index/start-index-handler';
import { itemText } from './domain/item-text';
import { INDEX_SNAPSHOT_FORMAT, TriageIndex } from './domain/triage-index';
import { SHIPPED_MODEL_ID } from './domain/triage-streams';
import { MongoIndexSnapshots } from './infrastructure/mongo-index-snapshots';
import { MongoSubmissionTexts } from './infrastructure/mongo-submission-texts';
import { appendSubmitted } from './testing/append-submitted';

// Invented reports of random Han text; every fifth is a copy of an earlier one under a header
// line, every seventh another report with an earlier one's title (so clusters span the snapshot).
const HAN =
  '河西镇石板桥建于上世纪七十年代是附近三个村两千多名群众和小学学生上学的必经之路目前面多处开裂护栏松动雨天积水严重';
const random = seededRandom(8);
const sentence = (length: number) =>
  Array.from({ length }, () => HAN[Math.floor(random() * HAN.length)]).join('');
const reports: Submitted['content'][] = [];
const report = (): Submitted['content'] => {
  const n = reports.length;
  const earlier = reports[Math.floor(random() * n)];
  const content: Submitted['content'] =
    n > 0 && n % 5 === 0
      ? { ...earlier, body: { text: `来源：联系点\n${itemText(earlier).body}` } }
      : n > 0 && n % 7 === 0
        ? { coSubmitters: [], title: earlier.title, body: { text: sentence(90) } }
        : { coSubmitters: [], title: sentence(12), body: { text: sentence(120) } };
  reports.push(content);
  return content;
};

const EVERY = 100;
const ITEMS = 250;

describe('index snapshots on the real servers', () => {
  let db: { connection: Connection; drop: () => Promise<void> };
  let intake: EventStore;
  let triage: EventStore;
  let texts: MongoSubmissionTexts;
  let snapshots: MongoIndexSnapshots;
  const live = new TriageIndex();
  const events: SnapshotEvent[] = [];
  const metadata = {
    actor: { userId: 'm-1', role: 'member' as const, orgId: 'org-1' },
    correlationId: newId(),
    causationId: null,
  };
  const start = (restore: boolean) =>
    new StartIndexHandler(snapshots, new RebuildIndexHandler(triage, texts), restore).execute();
  const probes: TextItem[] = [];

  beforeAll(async () => {
    db = await openTestDatabase('triage-snapshot');
    const registry = registerTriageEvents(registerSubmissionEvents(new EventRegistry()));
    const models = await eventStoreModels(db.connection);
    intake = new EventStore(models, { registry, ownedCategories: ['submission'] });
    triage = new EventStore(models, {
      registry,
      ownedCategories: [TRIAGE_CATEGORY, TRIAGE_MODEL_CATEGORY],
    });
    texts = new MongoSubmissionTexts(models, registry);
    snapshots = await MongoIndexSnapshots.open(db.connection, 2);

    // The live service: assess every item, snapshot every EVERY items in the background.
    const snapshotter = new IndexSnapshotter(live, snapshots, {
      every: EVERY,
      covered: { items: 0, position: 0 },
      report: (event) => events.push(event),
    });
    const classifier = new ItemClassifier(
      new ModelRegistry(SHIPPED_MODEL_ID, readDefaultModel()),
      new TaxonomyRegistry(),
    );
    const assess = new AssessItemHandler(triage, live, classifier, new Serial(), snapshotter);
    for (let n = 0; n < ITEMS; n++) {
      const content = report();
      const submissionId = await appendSubmitted(intake, content, metadata);
      await assess.execute({
        itemId: submissionId,
        orgId: 'org-1',
        submittedAt: new Date().toISOString(),
        text: itemText(content),
        metadata,
      });
    }
    await snapshotter.stop(false);
    // A copy of an item from before every snapshot, a report under an early title, a new one.
    probes.push(itemText(reports[3]), { ...itemText(reports[6]), body: sentence(90) });
    probes.push({ title: sentence(12), body: sentence(120) });
  }, 240_000);
  afterAll(() => db?.drop());

  it('restores the newest snapshot plus the log after it, equal to a replay of the whole log', async () => {
    expect(events.map(({ kind }) => kind)).toEqual(['written', 'written']);
    const [newest] = await snapshots.list();
    expect(newest).toMatchObject({ format: INDEX_SNAPSHOT_FORMAT, items: 2 * EVERY });

    const restored = await start(true);
    expect(restored.result).toMatchObject({
      path: 'snapshot',
      snapshot: { id: newest.id, items: 2 * EVERY },
      skipped: [],
      replay: { items: ITEMS, replayed: ITEMS - 2 * EVERY, mismatches: 0, missingTexts: 0 },
    });
    const full = await start(false);
    expect(full.result).toMatchObject({
      path: 'full',
      replay: { items: ITEMS, replayed: ITEMS, mismatches: 0, missingTexts: 0 },
    });

    const answers = (index: TriageIndex) => probes.map((text) => index.preview('probe', text));
    expect(answers(restored.index)).toEqual(answers(full.index));
    expect(answers(restored.index)).toEqual(answers(live));
    expect(answers(full.index)[0].duplicateOf).not.toBeNull();
    expect(restored.index.serialize()).toEqual(full.index.serialize());
    expect(restored.index.position).toBe(live.position);
  });

  it('passes over a snapshot whose bytes were damaged, and one left unfinished by a crash', async () => {
    const [newest, older] = await snapshots.list();
    // A crash after the first chunk of a newer snapshot: it is not listed.
    await db.connection.collection('triage_index_snapshots').insertOne({
      _id: newId() as never,
      format: INDEX_SNAPSHOT_FORMAT,
      position: live.position,
      items: ITEMS,
      bytes: 10,
      chunks: 2,
      sha256: '0'.repeat(64),
      state: 'writing',
      createdAt: new Date(),
    });
    expect((await snapshots.list()).map(({ id }) => id)).toEqual([newest.id, older.id]);

    const chunk = await db.connection
      .collection('triage_index_snapshot_chunks')
      .findOne({ _id: `${newest.id}/0` as never });
    const flipped = Buffer.from((chunk!.bytes as { buffer: Uint8Array }).buffer);
    flipped[flipped.length - 1] ^= 0xff;
    await db.connection
      .collection('triage_index_snapshot_chunks')
      .updateOne({ _id: `${newest.id}/0` as never }, { $set: { bytes: flipped } });

    const { index, result } = await start(true);
    expect(result).toMatchObject({
      path: 'snapshot',
      snapshot: { id: older.id, items: EVERY },
      skipped: [{ id: newest.id, reason: expect.stringMatching(/checksum/) }],
      replay: { replayed: ITEMS - EVERY, mismatches: 0 },
    });
    expect(index.serialize()).toEqual(live.serialize());
  });

  it('stores bytes over several chunks, and keeps only the newest snapshots', async () => {
    const bytes = randomBytes(9 * 1024 * 1024 + 3);
    const saved = await snapshots.save({ format: 0, position: 1e9, items: 1, bytes });
    // Compared as buffers: a deep equality of 9 million elements takes jest half a minute.
    expect(Buffer.compare(await snapshots.load(saved), bytes)).toBe(0);
    await snapshots.prune();
    const kept = await snapshots.list();
    expect(kept.map(({ id }) => id)).toEqual([saved.id, expect.any(String)]);
    expect(await db.connection.collection('triage_index_snapshots').countDocuments()).toBe(2);
    const chunkIds = (
      await db.connection.collection('triage_index_snapshot_chunks').find({}).toArray()
    ).map(({ _id }) => String(_id));
    expect(chunkIds.sort()).toEqual([`${saved.id}/0`, `${saved.id}/1`, `${kept[1].id}/0`].sort());
    // Neither the one of a format this build does not read nor the damaged one is usable.
    const { result } = await start(true);
    expect(result).toMatchObject({ path: 'full', replay: { replayed: ITEMS, mismatches: 0 } });
    expect(result.skipped).toEqual([
      { id: saved.id, reason: 'format 0, this build reads 1' },
      { id: kept[1].id, reason: expect.stringMatching(/checksum/) },
    ]);
  });
});
