import {
  EventRegistry,
  newId,
  registerSubmissionEvents,
  type EventMetadata,
  type SubmitRequest,
} from '@opinion/contracts';
import { eventStoreModels, EventStore } from '@opinion/event-store';
import { openTestDatabase } from '@opinion/testing';
import { MongoIdempotencyKeys } from '../../infrastructure/mongo-idempotency-keys';
import { requestHash } from '../idempotency';
import { SUBMISSION_CATEGORY, SubmissionStreams } from '../submission-streams';
import { SubmitHandler } from './submit-handler';

const metadata: EventMetadata = {
  actor: { userId: 'm-1', role: 'member', orgId: 'org-county' },
  correlationId: 'c-1',
  causationId: null,
};
const request: SubmitRequest = {
  title: '关于加强社区养老服务的建议',
  body: { text: '正文' },
  sourceType: 'member',
  coSubmitters: [],
};

describe('SubmitHandler with idempotency keys on the real MongoDB-wire server', () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let streams: SubmissionStreams;
  let keys: MongoIdempotencyKeys;
  let handler: SubmitHandler;

  beforeAll(async () => {
    db = await openTestDatabase('intake-submit');
    const registry = registerSubmissionEvents(new EventRegistry());
    const store = new EventStore(await eventStoreModels(db.connection), {
      registry,
      ownedCategories: [SUBMISSION_CATEGORY],
    });
    streams = new SubmissionStreams(store);
    keys = await MongoIdempotencyKeys.open(db.connection);
    handler = new SubmitHandler(streams, keys);
  });
  afterAll(() => db.drop());

  it('appends once for twenty concurrent requests with the same key', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        handler.execute({ request, metadata, idempotencyKey: 'bulk:abc:row-1' }),
      ),
    );
    const ids = new Set(results.map((result) => result.submissionId));
    expect(ids.size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await streams.load([...ids][0])).toMatchObject({ version: 1 });
  });

  it('completes the item when an earlier try recorded the key and died before appending', async () => {
    const orphan = newId();
    await keys.claim({
      scope: 'm-1',
      key: 'crashed-key',
      submissionId: orphan,
      requestHash: requestHash('submit', request),
    });
    const retry = await handler.execute({ request, metadata, idempotencyKey: 'crashed-key' });
    expect(retry).toEqual({ submissionId: orphan, version: 1, created: true });
  });

  it('keeps keys of different users apart', async () => {
    const mine = await handler.execute({ request, metadata, idempotencyKey: 'k' });
    const theirs = await handler.execute({
      request,
      metadata: { ...metadata, actor: { ...metadata.actor, userId: 'm-2' } },
      idempotencyKey: 'k',
    });
    expect(theirs.submissionId).not.toBe(mine.submissionId);
  });
});
