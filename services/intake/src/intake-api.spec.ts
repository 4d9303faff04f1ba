import type { ApiSpecification } from '../../../libs/testing/src/api-specification';
import {
  coSubmitter,
  editor,
  member,
  returnedByEditor,
  revisedContent,
  stranger,
  submitRequest,
} from './testing/intake-fixtures';
import { identityHeaders, startIntakeApi, type IntakeApi } from './testing/intake-api';

interface Submitted {
  submissionId: string;
}

describe('intake through its API, on in-memory ports (no servers)', () => {
  let intake: IntakeApi;
  let api: ApiSpecification;
  const as = (actor = member) => ({ headers: identityHeaders(actor) });

  beforeEach(async () => {
    intake = await startIntakeApi();
    api = intake.api;
  });
  afterEach(() => api.close());

  it('answers a submission 201 with Location and ETag, and shows it in "my items" once relayed', async () => {
    const created = await api.request<Submitted>('POST', '/submissions', {
      ...as(),
      body: submitRequest,
    });
    expect(created.status).toBe(201);
    const { submissionId } = created.body;
    expect(created.headers.get('location')).toBe(`/submissions/${submissionId}`);
    expect(created.headers.get('etag')).toBe('"1"');

    const mine = () =>
      api.request<{ items: Submitted[] }>('GET', '/submissions?submitter=m-1', as());
    expect((await mine()).body.items).toEqual([]);
    expect(await api.relay()).toBe(1);
    expect((await mine()).body.items).toEqual([
      expect.objectContaining({ submissionId, status: 'submitted' }),
    ]);
    const timeline = await api.request<{ entries: Array<{ type: string }> }>(
      'GET',
      `/submissions/${submissionId}/timeline`,
      as(),
    );
    expect(timeline.body.entries.map((entry) => entry.type)).toEqual([
      'opinion.submission.submitted',
    ]);
  });

  it('refuses a malformed item with field-level messages in zh-CN, and stores nothing', async () => {
    const refused = await api.request<{ errors: Array<{ field: string; message: string }> }>(
      'POST',
      '/submissions',
      { ...as(), body: { ...submitRequest, title: '' } },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { field: 'title', message: expect.stringMatching(/[\u4e00-\u9fff]/) },
    ]);
    expect(await api.relay()).toBe(0);
  });

  it('saves a draft once per Idempotency-Key: 201, then 200 with the same draft', async () => {
    const save = () =>
      api.request<Submitted>('POST', '/submissions/drafts', {
        headers: { ...identityHeaders(member), 'idempotency-key': 'draft-1' },
        body: { title: '关于社区养老的建议' },
      });
    const first = await save();
    expect(first.status).toBe(201);
    const again = await save();
    expect(again.status).toBe(200);
    expect(again.body.submissionId).toBe(first.body.submissionId);
  });

  it('answers 401 without the gateway’s identity headers', async () => {
    const anonymous = await api.request('POST', '/submissions', { body: submitRequest });
    expect(anonymous.status).toBe(401);
  });

  it("lets a co-submitter revise once editorial's decision to return the item arrives", async () => {
    const { submissionId } = (
      await api.request<Submitted>('POST', '/submissions', { ...as(), body: submitRequest })
    ).body;
    const revise = () =>
      api.request('POST', `/submissions/${submissionId}/revisions`, {
        ...as(coSubmitter),
        body: revisedContent,
      });
    expect((await revise()).status).toBe(409);

    await intake.transport.deliver([returnedByEditor(submissionId)]);
    const revised = await revise();
    expect(revised.status).toBe(200);
    expect(revised.headers.get('etag')).toBe('"3"');

    const compared = await api.request<{ changes: Array<{ field: string }> }>(
      'GET',
      `/submissions/${submissionId}/revisions/compare`,
      as(editor),
    );
    expect(compared.status).toBe(200);
    expect(compared.body.changes.map(({ field }) => field)).toEqual(['title']);
    const backwards = await api.request<{ errors: Array<{ field: string }> }>(
      'GET',
      `/submissions/${submissionId}/revisions/compare?from=2&to=1`,
      as(editor),
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors.map(({ field }) => field)).toEqual(['from']);

    await api.relay();
    const timeline = await api.request<{ entries: Array<{ type: string }> }>(
      'GET',
      `/submissions/${submissionId}/timeline`,
      as(editor),
    );
    expect(timeline.body.entries.map((entry) => entry.type)).toEqual([
      'opinion.submission.submitted',
      'opinion.screening.returned',
      'opinion.submission.revised',
    ]);
  });

  it('withdraws with If-Match, refusing a stale version 412 and another member 403 (the gateway answers 404)', async () => {
    const { submissionId } = (
      await api.request<Submitted>('POST', '/submissions', { ...as(), body: submitRequest })
    ).body;
    const withdraw = (actor = member, version = '"1"') =>
      api.request('POST', `/submissions/${submissionId}/withdraw`, {
        headers: { ...identityHeaders(actor), 'if-match': version },
        body: { reason: '已解决' },
      });
    expect((await withdraw(member, '"0"')).status).toBe(412);
    expect((await withdraw(stranger)).status).toBe(403);
    const withdrawn = await withdraw();
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.headers.get('etag')).toBe('"2"');
  });
});
