import { registerSubmissionEvents, newId } from '@opinion/contracts';
import { eventStoreModels, EventStore } from '@opinion/event-store';
import { createKafka, Inbox, OutboxRelay } from '@opinion/messaging';
import { checkpointModel, ProjectionRunner, StreamDocumentProjection } from '@opinion/projections';
import {
  describeQuery,
  evolveNote,
  explain,
  mongoUriForDatabase,
  noteMetadata,
  noteRegistry,
  noteWritten,
  recordQueries,
  testInfrastructure,
  uniqueName,
  type QueryPlan,
} from '@opinion/testing';
import mongoose, { type Connection } from 'mongoose';
import { MongoIdentityReadModels } from '../../services/gateway/src/infrastructure/mongo-identity-read-models';
import { MongoSubmissionReadModel } from '../../services/gateway/src/infrastructure/mongo-submission-read-model';
import { MongoUsernameReservations } from '../../services/gateway/src/infrastructure/mongo-username-reservations';
import { Argon2Credentials } from '../../services/gateway/src/infrastructure/argon2-credentials';
import { MongoIdempotencyKeys } from '../../services/intake/src/infrastructure/mongo-idempotency-keys';
import { MongoImportStore } from '../../services/intake/src/infrastructure/mongo-import-store';
import { MongoTimelines } from '../../services/intake/src/infrastructure/mongo-timelines';
import { MySubmissionsProjection } from '../../services/intake/src/infrastructure/my-submissions-projection';
import { MongoAssessments } from '../../services/triage/src/infrastructure/assessments-read-model';
import { MongoSubmissionTexts } from '../../services/triage/src/infrastructure/mongo-submission-texts';
import { appendSubmitted } from '../../services/triage/src/testing/append-submitted';

/**
 * Reads of a whole collection on purpose, each with why: everything else the services send in
 * their hot paths must be served by an index.
 */
const WHOLE_COLLECTION_BY_DESIGN: Record<string, string> = {
  'gateway_organisations.find {}': 'the organisation tree: a few hundred documents, read whole',
  'projection_test_notes.delete {}': 'a rebuild empties its read model',
  'triage_assessments.find {"state.correction":{"$ne":1},"state.orgId":1} sort {"_id":-1}':
    "the weekly retraining job: a committee's corrected items, most of what it has",
  'triage_assessments.find {"state.correction":1,"state.label":{"$ne":1}} sort {"_id":-1}':
    'the weekly retraining job: every labelled item, by design',
};

/**
 * Runs every hot path of the store, the relay, the projections and the services' read models on
 * the real server, records each read they send, and asks the server how it plans it.
 */
describe('every hot query is served by an index', () => {
  let connection: Connection;
  const plans: QueryPlan[] = [];

  beforeAll(async () => {
    const env = testInfrastructure();
    const database = uniqueName('hot-queries');
    connection = await mongoose
      .createConnection(mongoUriForDatabase(env.MONGODB_URI, database), { monitorCommands: true })
      .asPromise();
    const recorder = recordQueries(connection);
    await exercise(connection);
    recorder.stop();
    const seen = new Map(recorder.queries.map((query) => [describeQuery(query), query]));
    for (const query of seen.values()) plans.push(await explain(connection, query));
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('lists each hot query with its index and finds no collection scan', () => {
    const report = plans
      .map((plan) => {
        const query = describeQuery(plan.query);
        const served = plan.indexes.join(', ') || plan.stages.join(' > ');
        const why = WHOLE_COLLECTION_BY_DESIGN[query];
        return `${query} → ${served}${why ? ` (by design: ${why})` : ''}`;
      })
      .sort();
    process.stdout.write(`Hot queries and their indexes:\n  ${report.join('\n  ')}\n`);
    const scans = plans.filter(
      (plan) =>
        plan.stages.includes('COLLSCAN') &&
        !(describeQuery(plan.query) in WHOLE_COLLECTION_BY_DESIGN),
    );
    expect(scans.map((plan) => describeQuery(plan.query))).toEqual([]);
    expect(plans.length).toBeGreaterThan(25);
  });
});

async function exercise(connection: Connection): Promise<void> {
  const registry = registerSubmissionEvents(noteRegistry());
  const models = await eventStoreModels(connection, 'event_commits', { sealAfterMs: 50 });
  const store = new EventStore(models, { registry, ownedCategories: ['note', 'submission'] });

  // The store: appends, stream reads, heads, replay pages, as of, a sealed hole.
  await store.append('note-a', 'no_stream', [noteWritten('一')], noteMetadata);
  await store.append('note-a', 1, [noteWritten('二')], noteMetadata);
  await new EventStore(models, { registry, ownedCategories: ['note'] }).append(
    'note-a',
    2,
    [noteWritten('三')],
    noteMetadata,
  );
  await expect(
    store.append('note-a', 'no_stream', [noteWritten('x')], noteMetadata),
  ).rejects.toThrow();
  await models.counter.next();
  await store.append('note-b', 'any', [noteWritten('四')], noteMetadata);
  await store.readStream('note-a');
  await store.readStream('note-a', 2, { asOf: new Date() });
  await store.head('note-a');
  await store.readAll(1, 100);
  await store.readAll(1, 100, { categories: ['note'] });
  await store.readAll(1, 100, { asOf: new Date() });
  await store.lastGlobalPosition();

  // The relay: its pending commits and a batch.
  const kafka = createKafka(testInfrastructure().KAFKA_BROKERS, 'hot-queries-test');
  const relay = new OutboxRelay(models, kafka, { categories: ['note'], name: uniqueName('hot') });
  await relay.lag();
  await relay.publishPending();
  await relay.stop();

  // Projections: a stream-document read model fed by a runner with its checkpoint, an inbox.
  const notes = new StreamDocumentProjection(connection, {
    name: 'test_notes',
    collection: 'projection_test_notes',
    categories: ['note'],
    initial: () => ({ texts: [], tags: [] }),
    evolve: evolveNote,
  });
  const runner = new ProjectionRunner(store, await checkpointModel(connection), notes, 2);
  await runner.rebuild();
  await notes.find('note-a');
  const inbox = await Inbox.open(connection, 'hot-queries');
  await inbox.has('event-1');
  await inbox.record('event-1');

  // Intake.
  const keys = await MongoIdempotencyKeys.open(connection);
  await keys.claim({ scope: 'member-1', key: 'k1', submissionId: newId(), requestHash: 'h' });
  await keys.markCreated('member-1', 'k1', 1);
  await (await MySubmissionsProjection.open(connection)).listFor('member-1', 20);
  const timelines = new MongoTimelines(connection);
  await timelines.add('item-1', { eventId: 'event-1' } as never);
  await timelines.add('item-1', { eventId: 'event-2' } as never);
  await timelines.entriesOf('item-1');
  const imports = await MongoImportStore.open(connection);
  await imports.get('import-1');
  await imports.start('import-1', 10, []);
  await imports.checkpoint('import-1', { processed: 1, imported: 1, rejected: 0 } as never, []);
  await imports.discardProblemsFrom('import-1', 0);
  await imports.problems('import-1', 0, 50);
  await imports.finish('import-1', 'done');
  await imports.pending();

  // Gateway.
  const identity = await MongoIdentityReadModels.open(connection);
  await identity.user('user-1');
  await identity.organisation('org-1');
  await identity.organisations();
  await identity.usersOf('org-1', 50);
  const submissions = await MongoSubmissionReadModel.open(connection);
  await submissions.find(newId());
  await submissions.findMany([newId(), newId()]);
  await submissions.listFor('member-1', 20);
  const reservations = new MongoUsernameReservations(connection);
  await reservations.claim('zhangsan', 'user-1');
  await reservations.takeOver('zhangsan', 'user-1', 'user-2');
  await reservations.holderOf('zhangsan');
  await new Argon2Credentials(connection).verify('user-1', 'wrong');

  // Triage.
  const itemId = await appendSubmitted(
    store,
    { coSubmitters: [], title: '关于加强社区养老服务的建议', body: { text: '社区养老服务不足。' } },
    noteMetadata,
  );
  await new MongoSubmissionTexts(models, registry).textsOf([itemId]);
  const assessments = await MongoAssessments.open(connection);
  await assessments.find(itemId);
  await assessments.weeklyCounts('org-1', 2_600);
  await assessments.clusterSizes('org-1', [itemId]);
  await assessments.corrections('org-1', 50);
  await assessments.uncorrected(null, 50);
}
