import { FakeDownstream } from '../../testing/fake-downstream';
import { CITY, DISTRICT, ORGANISATIONS, principalOf, USERS } from '../../testing/gateway-fixtures';
import { InMemoryIdentityDirectory } from '../../testing/in-memory-identity';
import { ForwardCommandHandler } from '../forward-command/forward-command-handler';
import { ForwardTaxonomyHandler } from './forward-taxonomy-handler';

const headers = { 'if-match': '"2"' };
const forbidden = expect.objectContaining({ code: 'forbidden' });
const notFound = expect.objectContaining({ code: 'not-found' });

describe('ForwardTaxonomyHandler', () => {
  const setUp = () => {
    const triage = new FakeDownstream('triage').answers({
      status: 200,
      etag: '"2"',
      body: { orgId: DISTRICT.organisationId, labels: ['民生保障'] },
    });
    const directory = new InMemoryIdentityDirectory({ organisations: ORGANISATIONS });
    return {
      triage,
      handler: new ForwardTaxonomyHandler(new ForwardCommandHandler(triage), directory),
    };
  };

  it('forwards a read of the caller’s committee’s taxonomy, or one below, and answers triage’s', async () => {
    const { triage, handler } = setUp();
    const answer = await handler.read('demo-district', principalOf(USERS.editor), headers);
    expect(answer).toMatchObject({ service: 'triage', status: 200, etag: '"2"' });
    expect(triage.last).toMatchObject({
      method: 'GET',
      path: '/triage/taxonomies/demo-district',
      body: undefined,
      headers,
    });
    await handler.read('demo-district', principalOf(USERS.cityEditor), headers);
    expect(triage.requests).toHaveLength(2);
  });

  it('refuses a read above the caller’s committee (403) and an unknown one (404), forwarding nothing', async () => {
    const { triage, handler } = setUp();
    await expect(
      handler.read(CITY.organisationId!, principalOf(USERS.editor), headers),
    ).rejects.toEqual(forbidden);
    await expect(handler.read('gone', principalOf(USERS.editor), headers)).rejects.toEqual(
      notFound,
    );
    expect(triage.requests).toHaveLength(0);
  });

  it('forwards a definition by an administrator for a committee they manage, with If-Match', async () => {
    const { triage, handler } = setUp();
    const body = { labels: ['民生保障', '经济发展'] };
    await handler.define('demo-district', body, principalOf(USERS.cityAdmin), headers);
    expect(triage.last).toMatchObject({
      method: 'PUT',
      path: '/triage/taxonomies/demo-district',
      body,
      headers,
      principal: principalOf(USERS.cityAdmin),
    });
  });

  it('refuses a definition outside the administrator’s reach or by anyone else (403)', async () => {
    const { triage, handler } = setUp();
    const body = { labels: ['民生保障'] };
    await expect(
      handler.define(CITY.organisationId!, body, principalOf(USERS.admin), headers),
    ).rejects.toEqual(forbidden);
    await expect(
      handler.define('demo-district', body, principalOf(USERS.editor), headers),
    ).rejects.toEqual(forbidden);
    await expect(handler.define('gone', body, principalOf(USERS.admin), headers)).rejects.toEqual(
      notFound,
    );
    expect(triage.requests).toHaveLength(0);
  });

  it('passes triage’s refusal (a stale If-Match) back as it came', async () => {
    const { triage, handler } = setUp();
    triage.answers({ status: 412, body: { code: 'version-conflict', currentVersion: 3 } });
    await expect(
      handler.define('demo-district', { labels: ['a'] }, principalOf(USERS.admin), headers),
    ).resolves.toMatchObject({ status: 412, body: { code: 'version-conflict' } });
  });
});
