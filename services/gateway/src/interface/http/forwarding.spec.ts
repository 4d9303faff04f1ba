import {
  ForwardCommandHandler,
  type ForwardedAnswer,
} from '../../application/forward-command/forward-command-handler';
import type { DownstreamName } from '../../application/ports/downstream';
import { answered, FakeDownstream, RecordingResponse } from '../../testing/fake-downstream';
import { principalOf, USERS } from '../../testing/gateway-fixtures';
import { answerForwarded, forwardAndAnswer, publicLocation } from './forwarding';

const id = '019a0000-0000-7000-8000-0000000000a1';
const principal = principalOf(USERS.member);
const headers = { 'idempotency-key': 'key-1', 'if-match': undefined };

const answer = (service: DownstreamName, changes: Partial<ForwardedAnswer> = {}) => ({
  ...answered(changes),
  service,
});

function pass(forwarded: ForwardedAnswer) {
  const response = new RecordingResponse();
  const body = answerForwarded(forwarded, response);
  return { status: response.statusCode, headers: response.headers, body };
}

describe('publicLocation: a service’s Location as the gateway route a client can GET', () => {
  it.each([
    ['intake', `/submissions/${id}`, `/api/submissions/${id}`],
    ['intake', `/imports/${id}`, `/api/imports/${id}`],
    ['intake', `/imports/${id}?offset=0&limit=10`, `/api/imports/${id}?offset=0&limit=10`],
    ['intake', `http://127.0.0.1:3101/submissions/${id}`, `/api/submissions/${id}`],
    ['triage', `/triage/items/${id}`, `/triage/items/${id}`],
  ] as const)('%s %s → %s', (service, location, expected) => {
    expect(publicLocation(service, location)).toBe(expected);
  });

  it.each([
    ['intake', '/health'],
    ['intake', `/triage/items/${id}`],
    ['triage', `/submissions/${id}`],
    ['intake', `/submissions/../admin/users/${id}`],
  ] as const)('leaves out %s %s, which has no gateway route', (service, location) => {
    expect(publicLocation(service, location)).toBeUndefined();
  });
});

describe('answerForwarded: one pass-through for every service', () => {
  it('answers intake’s 201 with its body, its ETag and the public Location', () => {
    const body = { submissionId: id, version: 1, created: true };
    const passed = pass(
      answer('intake', { status: 201, etag: '"1"', location: `/submissions/${id}`, body }),
    );
    expect(passed).toEqual({
      status: 201,
      headers: { etag: '"1"', location: `/api/submissions/${id}` },
      body,
    });
  });

  it('passes an import’s 202, ETag and Location the same way', () => {
    const passed = pass(
      answer('intake', { status: 202, etag: '"3"', location: `/imports/${id}`, body: {} }),
    );
    expect(passed.status).toBe(202);
    expect(passed.headers).toEqual({ etag: '"3"', location: `/api/imports/${id}` });
  });

  it('passes triage’s status, ETag and Location unchanged (its routes are the gateway’s)', () => {
    const passed = pass(
      answer('triage', { status: 200, etag: '"2"', location: `/triage/items/${id}`, body: {} }),
    );
    expect(passed.headers).toEqual({ etag: '"2"', location: `/triage/items/${id}` });
  });

  it('passes Retry-After and the error body of a 429 or 503 as they came', () => {
    const body = { code: 'rate-limited', message: 'slow down', retryAfter: 30 };
    for (const service of ['intake', 'triage'] as const) {
      const passed = pass(answer(service, { status: 429, retryAfter: '30', body }));
      expect(passed).toEqual({ status: 429, headers: { 'retry-after': '30' }, body });
    }
  });

  it.each([
    [400, { errors: [{ field: 'title', message: '标题不能为空' }] }],
    [409, { code: 'version-conflict', message: 'stale', currentVersion: 4 }],
    [413, { code: 'too-large', message: 'the file is over 8388608 bytes' }],
    [422, { code: 'unknown-label', message: '不存在的分类' }],
  ])('passes a %i and its body as they came', (status, body) => {
    expect(pass(answer('intake', { status, body }))).toEqual({ status, headers: {}, body });
  });

  it('sets a header only when the service sent it, and a Location only for a gateway route', () => {
    const passed = pass(answer('intake', { status: 200, location: '/internal/thing' }));
    expect(passed).toEqual({ status: 200, headers: {}, body: undefined });
  });
});

describe('ForwardCommandHandler with forwardAndAnswer, against a fake service', () => {
  it('sends the request as given and answers the service’s status, headers and body', async () => {
    const intake = new FakeDownstream('intake').answers({
      status: 201,
      etag: '"1"',
      location: `/submissions/${id}`,
      retryAfter: undefined,
      body: { submissionId: id },
    });
    const response = new RecordingResponse();
    const request = { method: 'POST' as const, path: '/submissions', body: {}, principal, headers };

    const body = await forwardAndAnswer(new ForwardCommandHandler(intake), request, response);

    expect(intake.requests).toEqual([request]);
    expect(response.statusCode).toBe(201);
    expect(response.headers).toEqual({ etag: '"1"', location: `/api/submissions/${id}` });
    expect(body).toEqual({ submissionId: id });
  });

  it('names the service that answered', async () => {
    const triage = new ForwardCommandHandler(new FakeDownstream('triage'));
    expect(triage.service).toBe('triage');
    const forwarded = await triage.execute({
      method: 'GET',
      path: `/triage/items/${id}`,
      body: undefined,
      principal,
      headers: {},
    });
    expect(forwarded.service).toBe('triage');
  });

  it('turns a 403 into a 404 without the service’s headers or body', async () => {
    const intake = new FakeDownstream('intake').answers({
      status: 403,
      etag: '"7"',
      location: `/submissions/${id}`,
      retryAfter: '5',
      body: { code: 'forbidden', message: 'not yours' },
    });
    const response = new RecordingResponse();
    const request = {
      method: 'POST' as const,
      path: `/submissions/${id}/withdraw`,
      body: {},
      principal,
      headers,
    };

    const body = await forwardAndAnswer(new ForwardCommandHandler(intake), request, response);

    expect(response.statusCode).toBe(404);
    expect(response.headers).toEqual({});
    expect(body).toEqual({ code: 'not-found', message: 'not found' });
  });

  it('lets a service’s failure through for the exception filter to answer', async () => {
    const failure = new Error('connect ECONNREFUSED');
    const intake = new FakeDownstream('intake').answersWith(() => {
      throw failure;
    });
    await expect(
      new ForwardCommandHandler(intake).execute({
        method: 'GET',
        path: '/imports/x',
        body: undefined,
        principal,
        headers: {},
      }),
    ).rejects.toBe(failure);
  });
});
