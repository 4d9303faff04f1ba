/**
 * @jest-environment ./tests/e2e/support/e2e-environment.ts
 */
import { SUBMISSION_EVENTS } from '@opinion/contracts';
import { eventually, waitFor } from '@opinion/testing';
import { someTestFailed } from './support/e2e-environment';
import { startE2eStack, type E2eStack } from './support/e2e-stack';
import { GatewayClient } from './support/gateway-client';
import { BAD_ROWS, importSheet, XLSX_TYPE } from './support/import-sheet';
import type { TimelineView } from './support/timeline-view';

interface ImportView {
  status: string;
  counts: { imported: number; duplicates: number; failed: number };
  report: { total: number; rows: Array<{ row: number }> };
}

// Services run as processes on FerretDB: starting them and importing 1,000 rows take minutes,
// many more when other test runs share the servers; the bounds only keep a stuck run from hanging.
const STARTUP_MS = 240_000;
const IMPORT_MS = 900_000;

const item = {
  title: '关于加强社区养老服务的建议',
  body: { situation: '老龄人口增加', problem: '日间照料不足', suggestions: '增设日间照料中心' },
  sourceType: 'member',
};

describe('intake through the gateway (services as processes)', () => {
  let stack: E2eStack;
  const signIn = (username: string) => GatewayClient.signIn(stack.gatewayUrl, username);

  beforeAll(async () => {
    stack = await startE2eStack();
  }, STARTUP_MS);
  afterAll(() => stack?.stop(someTestFailed()), 60_000);

  it('a member submits and finds the item in their items and its timeline; visibility holds', async () => {
    const member = await signIn('member');
    const submitted = await member.post('/api/submissions', item);
    expect(submitted.status).toBe(201);
    const submissionId = submitted.body.submissionId as string;

    const mine = await eventually(async () => {
      const list =
        await member.get<Array<{ submissionId: string; status: string }>>('/api/submissions/mine');
      const found = list.body.find((entry) => entry.submissionId === submissionId);
      if (!found) throw new Error('not in my items yet');
      return found;
    }, 60_000);
    expect(mine.status).toBe('submitted');

    const timeline = await member.get<TimelineView>(`/api/submissions/${submissionId}/timeline`);
    expect(timeline.status).toBe(200);
    // Triage's classification may already follow it.
    expect(timeline.body.entries[0]).toMatchObject({
      type: SUBMISSION_EVENTS.submitted,
      label: expect.any(String),
    });

    const path = `/api/submissions/${submissionId}`;
    expect((await (await signIn('member2')).get(path)).status).toBe(404);
    expect((await (await signIn('editor')).get(path)).status).toBe(200);
  }, 180_000);

  it(
    'imports a 1,000-row XLSX uploaded by a liaison officer once, reporting the bad rows',
    async () => {
      const liaison = await signIn('liaison');
      const file = { content: await importSheet(1_000), contentType: XLSX_TYPE };
      const finished = async () => {
        const accepted = await liaison.post('/api/imports?filename=第三批.xlsx', file);
        expect(accepted.status).toBe(202);
        const location = accepted.headers.get('location')!;
        expect(location).toMatch(/^\/api\/imports\/[0-9a-f-]{36}$/);
        let view: ImportView | undefined;
        // Polled seldom: each look reads the import's documents on the busy FerretDB.
        await waitFor(
          async () => {
            view = (await liaison.get<ImportView>(location)).body;
            if (view.status !== 'done') throw new Error(`import ${view.status}`);
          },
          IMPORT_MS,
          2_000,
        );
        return view!;
      };

      const first = await finished();
      expect(first.counts).toEqual({ imported: 990, duplicates: 0, failed: 10 });
      expect(first.report.rows.map((problem) => problem.row)).toEqual(BAD_ROWS);

      const again = await finished();
      expect(again.counts).toEqual({ imported: 0, duplicates: 990, failed: 10 });
    },
    2 * IMPORT_MS,
  );
});
