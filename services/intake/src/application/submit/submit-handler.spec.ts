import { InvalidEventError, newId, type SubmitRequest } from '@opinion/contracts';
import {
  content,
  member,
  metadataOf,
  streamOf,
  submissionId,
  submitRequest,
  submitted,
} from '../../testing/intake-fixtures';
import { intakeHandlerSpec } from '../../testing/intake-handler-spec';
import { IdempotencyKeyReusedError } from '../application-errors';
import { requestHash } from '../idempotency';
import { SubmitHandler } from './submit-handler';

const spec = intakeHandlerSpec(({ streams, keys }) => new SubmitHandler(streams, keys));
const metadata = metadataOf(member);
const submitAs = (id: string) => ({ [streamOf(id)]: [submitted({ submissionId: id })] });

describe('SubmitHandler (报送)', () => {
  it('starts a new item with an id of its own', async () => {
    const { result } = await spec
      .given()
      .when(({ handler }) => handler.execute({ request: submitRequest, metadata }))
      .then((result) => submitAs(result.submissionId));
    expect(result).toEqual({ submissionId: expect.any(String), version: 1, created: true });
  });

  it('answers a retry with the same Idempotency-Key with the item it created', async () => {
    const { result } = await spec
      .given()
      .when(async ({ handler }) => {
        const command = { request: submitRequest, metadata, idempotencyKey: 'k-1' };
        const first = await handler.execute(command);
        return { first, retry: await handler.execute(command) };
      })
      .then(({ first }) => submitAs(first.submissionId));
    expect(result.retry).toEqual({ ...result.first, created: false });
  });

  it('appends once for twenty concurrent requests with the same key', async () => {
    const { result } = await spec
      .given()
      .when(({ handler }) =>
        Promise.all(
          Array.from({ length: 20 }, () =>
            handler.execute({ request: submitRequest, metadata, idempotencyKey: 'bulk:row-1' }),
          ),
        ),
      )
      .then((results) => submitAs(results[0].submissionId));
    expect(new Set(result.map((each) => each.submissionId)).size).toBe(1);
    expect(result.filter((each) => each.created)).toHaveLength(1);
  });

  it('refuses a key used before for a different request, appending nothing', () =>
    spec
      .given({ [streamOf(submissionId)]: [submitted()] })
      .when(async ({ handler, keys }) => {
        const earlier: SubmitRequest = { ...submitRequest, title: '另一条信息' };
        await keys.claim({
          scope: member.userId,
          key: 'k-2',
          submissionId,
          requestHash: requestHash('submit', earlier),
        });
        await keys.markCreated(member.userId, 'k-2', 1);
        return handler.execute({ request: submitRequest, metadata, idempotencyKey: 'k-2' });
      })
      .thenThrows(IdempotencyKeyReusedError, (error) => error.key === 'k-2'));

  it('completes the item when an earlier try recorded the key and died before appending', async () => {
    const orphan = newId();
    const { result } = await spec
      .given()
      .when(async ({ handler, keys }) => {
        await keys.claim({
          scope: member.userId,
          key: 'crashed',
          submissionId: orphan,
          requestHash: requestHash('submit', submitRequest),
        });
        return handler.execute({ request: submitRequest, metadata, idempotencyKey: 'crashed' });
      })
      .then(submitAs(orphan));
    expect(result).toEqual({ submissionId: orphan, version: 1, created: true });
  });

  it('finds the item of a key that was recorded but not marked, and appends nothing', async () => {
    const { result } = await spec
      .given({ [streamOf(submissionId)]: [submitted()] })
      .when(async ({ handler, keys }) => {
        await keys.claim({
          scope: member.userId,
          key: 'unmarked',
          submissionId,
          requestHash: requestHash('submit', submitRequest),
        });
        return handler.execute({ request: submitRequest, metadata, idempotencyKey: 'unmarked' });
      })
      .thenNothingAppended();
    expect(result).toEqual({ submissionId, version: 1, created: false });
  });

  it('keeps keys of different users apart', async () => {
    const other = metadataOf({ ...member, userId: 'm-5' });
    const { result } = await spec
      .given()
      .when(async ({ handler }) => ({
        mine: await handler.execute({ request: submitRequest, metadata, idempotencyKey: 'k' }),
        theirs: await handler.execute({
          request: submitRequest,
          metadata: other,
          idempotencyKey: 'k',
        }),
      }))
      .then(({ mine, theirs }) => ({
        ...submitAs(mine.submissionId),
        [streamOf(theirs.submissionId)]: [
          submitted({ submissionId: theirs.submissionId, submitter: { userId: 'm-5' } }),
        ],
      }));
    expect(result.theirs.submissionId).not.toBe(result.mine.submissionId);
  });

  it('refuses content the event schema does not allow, appending nothing', () =>
    spec
      .given()
      .when(({ handler }) => handler.execute({ request: { ...submitRequest, body: {} }, metadata }))
      .thenThrows(InvalidEventError));

  it('submits the content as it came', () =>
    spec
      .given()
      .when(({ handler }) =>
        handler.execute({ request: { ...submitRequest, sourceType: 'party' }, metadata }),
      )
      .then((result) => ({
        [streamOf(result.submissionId)]: [
          submitted({ submissionId: result.submissionId, sourceType: 'party', content }),
        ],
      })));
});
