import { FakeDownstream } from '../../testing/fake-downstream';
import { CITY, ORGANISATIONS, principalOf, USERS } from '../../testing/gateway-fixtures';
import { InMemoryIdentityDirectory } from '../../testing/in-memory-identity';
import { ForwardCommandHandler } from '../forward-command/forward-command-handler';
import { RequestRetrainHandler } from './request-retrain-handler';

const headers = { 'x-correlation-id': 'c-1' };
const forbidden = expect.objectContaining({ code: 'forbidden' });

describe('RequestRetrainHandler', () => {
  const setUp = () => {
    const triage = new FakeDownstream('triage').answers({
      status: 202,
      body: { orgId: 'demo-district', status: 'queued' },
    });
    const directory = new InMemoryIdentityDirectory({ organisations: ORGANISATIONS });
    return {
      triage,
      handler: new RequestRetrainHandler(new ForwardCommandHandler(triage), directory),
    };
  };

  it('asks triage to retrain the caller’s committee’s model when none is named', async () => {
    const { triage, handler } = setUp();
    const answer = await handler.execute(undefined, principalOf(USERS.editor), headers);
    expect(answer).toMatchObject({ status: 202, body: { status: 'queued' } });
    expect(triage.last).toMatchObject({
      method: 'POST',
      path: '/triage/models/retrain',
      body: { orgId: 'demo-district' },
      headers,
    });
  });

  it('lets an administrator name a committee below their own', async () => {
    const { triage, handler } = setUp();
    await handler.execute('demo-district', principalOf(USERS.cityAdmin), headers);
    expect(triage.last.body).toEqual({ orgId: 'demo-district' });
  });

  it('refuses an editor naming another committee, and an administrator one above (403)', async () => {
    const { triage, handler } = setUp();
    await expect(
      handler.execute(CITY.organisationId!, principalOf(USERS.editor), headers),
    ).rejects.toEqual(forbidden);
    await expect(
      handler.execute(CITY.organisationId!, principalOf(USERS.admin), headers),
    ).rejects.toEqual(forbidden);
    await expect(
      handler.execute('demo-district', principalOf(USERS.cityEditor), headers),
    ).rejects.toEqual(forbidden);
    expect(triage.requests).toHaveLength(0);
  });

  it('is not found for an unknown committee', async () => {
    const { handler } = setUp();
    await expect(handler.execute('gone', principalOf(USERS.admin), headers)).rejects.toEqual(
      expect.objectContaining({ code: 'not-found' }),
    );
  });

  it('passes triage’s answer back as it came (a 429 with Retry-After)', async () => {
    const { triage, handler } = setUp();
    triage.answers({ status: 429, retryAfter: '60', body: { code: 'rate-limited' } });
    await expect(
      handler.execute(undefined, principalOf(USERS.editor), headers),
    ).resolves.toMatchObject({ status: 429, retryAfter: '60' });
  });
});
