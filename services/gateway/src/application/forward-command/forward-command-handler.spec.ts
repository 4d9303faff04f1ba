import { answered, FakeDownstream } from '../../testing/fake-downstream';
import { principalOf, USERS } from '../../testing/gateway-fixtures';
import { DownstreamUnavailableError } from '../application-errors';
import type { ForwardRequest } from '../ports/downstream';
import { ForwardCommandHandler } from './forward-command-handler';

const request: ForwardRequest = {
  method: 'POST',
  path: '/submissions',
  body: { title: 't' },
  principal: principalOf(USERS.member),
  headers: { 'idempotency-key': 'k-1', 'if-match': '"2"' },
};

describe('ForwardCommandHandler', () => {
  it('sends the request to its service as it is, with the caller’s principal and headers', async () => {
    const intake = new FakeDownstream('intake');
    await new ForwardCommandHandler(intake).execute(request);
    expect(intake.requests).toEqual([request]);
  });

  it.each([200, 201, 202, 204, 400, 404, 409, 412, 422, 429, 500])(
    'answers a %i with the service’s headers and body, naming the service',
    async (status) => {
      const answer = answered({
        status,
        etag: '"3"',
        location: '/submissions/x',
        retryAfter: '9',
        body: { any: 'thing' },
      });
      const triage = new FakeDownstream('triage').answers(answer);
      await expect(new ForwardCommandHandler(triage).execute(request)).resolves.toEqual({
        ...answer,
        service: 'triage',
      });
    },
  );

  it('answers a 403 as 404: a caller must not learn that an item they may not see exists', async () => {
    const intake = new FakeDownstream('intake').answers({
      status: 403,
      etag: '"3"',
      location: '/submissions/x',
      retryAfter: '1',
      body: { code: 'forbidden', message: 'not a participant' },
    });
    await expect(new ForwardCommandHandler(intake).execute(request)).resolves.toEqual({
      service: 'intake',
      status: 404,
      etag: undefined,
      location: undefined,
      body: { code: 'not-found', message: 'not found' },
    });
  });

  it('lets an unreachable service’s error through (503 at the edge)', async () => {
    const intake = new FakeDownstream('intake').answersWith(() => {
      throw new DownstreamUnavailableError('intake', new Error('ECONNREFUSED'));
    });
    await expect(new ForwardCommandHandler(intake).execute(request)).rejects.toBeInstanceOf(
      DownstreamUnavailableError,
    );
  });
});
