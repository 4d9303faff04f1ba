import { eventually, mongoUriForDatabase, testInfrastructure, uniqueName } from '@opinion/testing';
import {
  call,
  startGatewayTestApp,
  tokenFor,
  type GatewayTestApp,
} from '../../testing/gateway-test-app';
import { startSiblingService, type SiblingService } from '../../testing/sibling-services';

const item = {
  title: '关于加强社区养老服务的建议',
  body: { situation: '老龄人口增加', problem: '日间照料不足', suggestions: '增设日间照料中心' },
  sourceType: 'member',
};

describe('gateway forwarding to intake (both apps in-process)', () => {
  let intake: SiblingService;
  let gateway: GatewayTestApp;
  const tokenOf = (username: string) => tokenFor(gateway.url, username);

  beforeAll(async () => {
    const MONGODB_URI = mongoUriForDatabase(
      testInfrastructure().MONGODB_URI,
      uniqueName('forwarding'),
    );
    intake = await startSiblingService('intake', MONGODB_URI);
    gateway = await startGatewayTestApp({ MONGODB_URI, INTAKE_URL: intake.url });
  });
  afterAll(async () => {
    await gateway?.close();
    await intake?.close();
  });

  it('a member submits through the gateway and finds it in their items; others see it by the rule', async () => {
    const member = await tokenOf('member');
    const headers = { 'idempotency-key': uniqueName('key') };
    const submitted = await call(gateway.url, 'POST', '/api/submissions', {
      token: member,
      body: item,
      headers,
    });
    // Intake's 201, ETag and Location, the Location as the gateway's route for the item.
    expect(submitted.status).toBe(201);
    expect(submitted.headers.get('etag')).toBe('"1"');
    const submissionId = submitted.body.submissionId as string;
    expect(submitted.headers.get('location')).toBe(`/api/submissions/${submissionId}`);

    const again = await call(gateway.url, 'POST', '/api/submissions', {
      token: member,
      body: item,
      headers,
    });
    expect(again.body.submissionId).toBe(submissionId);
    expect(again.headers.get('location')).toBe(`/api/submissions/${submissionId}`);

    const mine = await eventually(async () => {
      const list = await call(gateway.url, 'GET', '/api/submissions/mine', { token: member });
      const found = (list.body as unknown as Array<{ submissionId: string }>).map(
        (entry) => entry.submissionId,
      );
      expect(found).toContain(submissionId);
      return found;
    });
    expect(mine).toHaveLength(1);

    const path = submitted.headers.get('location')!;
    const own = await call(gateway.url, 'GET', path, { token: member });
    expect(own.status).toBe(200);
    expect(own.headers.get('etag')).toBe('"1"');
    expect(own.body).toMatchObject({ status: 'submitted', content: { title: item.title } });

    expect((await call(gateway.url, 'GET', path, { token: await tokenOf('member2') })).status).toBe(
      404,
    );
    expect((await call(gateway.url, 'GET', path, { token: await tokenOf('editor') })).status).toBe(
      200,
    );
    const cityEditor = await tokenOf('city-editor');
    expect((await call(gateway.url, 'GET', path, { token: cityEditor })).status).toBe(404);

    // Its timeline (intake's read model) follows the same rule. A triage of another suite on the
    // shared broker may have assessed the item meanwhile: its entry may be there too.
    await eventually(async () => {
      const timeline = await call(gateway.url, 'GET', `${path}/timeline`, { token: member });
      expect(timeline.status).toBe(200);
      expect(timeline.body.entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'opinion.submission.submitted', label: '报送' }),
        ]),
      );
    });
    const editor = await tokenOf('editor');
    expect((await call(gateway.url, 'GET', `${path}/timeline`, { token: editor })).status).toBe(
      200,
    );
    for (const outsider of [await tokenOf('member2'), cityEditor]) {
      const timeline = await call(gateway.url, 'GET', `${path}/timeline`, { token: outsider });
      expect(timeline.status).toBe(404);
    }

    // Another member may not withdraw it, and learns nothing of it.
    const withdraw = await call(gateway.url, 'POST', `${path}/withdraw`, {
      token: await tokenOf('member2'),
      body: {},
    });
    expect(withdraw.status).toBe(404);
  });

  it('passes an import’s 202, Location (the gateway’s route) and ETag through', async () => {
    const liaison = await tokenOf('liaison');
    const line = JSON.stringify({ ...item, title: `${item.title}（${uniqueName('import')}）` });
    const accepted = await call(gateway.url, 'POST', '/api/imports?filename=batch.jsonl', {
      token: liaison,
      headers: { 'content-type': 'application/x-ndjson' },
      rawBody: `${line}\n`,
    });
    expect(accepted.status).toBe(202);
    const importId = accepted.body.importId as string;
    expect(accepted.headers.get('location')).toBe(`/api/imports/${importId}`);
    // Intake sets no ETag of its own on imports: express's (weak) one of intake's body comes back.
    expect(accepted.headers.get('etag')).toMatch(/^(W\/)?"/);

    const report = await call(gateway.url, 'GET', accepted.headers.get('location')!, {
      token: liaison,
    });
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ importId });
    expect(report.headers.get('etag')).toMatch(/^(W\/)?"/);

    const outsider = await call(gateway.url, 'GET', `/api/imports/${importId}`, {
      token: await tokenOf('city-editor'),
    });
    expect(outsider.status).toBe(404);
  });

  it('passes intake’s validation through: the gateway checks the same contract first', async () => {
    const answer = await call(gateway.url, 'POST', '/api/submissions', {
      token: await tokenOf('member'),
      headers: { 'accept-language': 'en' },
      body: { ...item, title: { $gt: '' } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors!.map((error) => error.field)).toEqual(['title']);
  });
});
