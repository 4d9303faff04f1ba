import { liaison, streamOf, submitted } from '../../testing/intake-fixtures';
import { intakeHandlerSpec } from '../../testing/intake-handler-spec';
import {
  InMemoryImportFiles,
  InMemoryImportStore,
  jsonRows,
  rowsFile,
} from '../../testing/in-memory-imports';
import { SubmitHandler } from '../submit/submit-handler';
import { importKey } from './import-key';
import { initialProgress, type ImportRecord } from './import-record';
import { RunImportHandler } from './run-import-handler';
import type { SourceRow } from './source-row';

const item = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  body: { text: `${title}的正文` },
  ...extra,
});
const rows: SourceRow[] = [
  { row: 1, cells: item('关于第1号小区加装电梯的建议') },
  { row: 2, cells: { title: '' } },
  { row: 3, cells: item('关于第1号小区加装电梯的建议') },
  { row: 4, unreadable: 'line.malformed' },
  { row: 5, cells: item('关于第2号小区加装电梯的建议') },
];
const record = (progress = initialProgress()): ImportRecord => ({
  importId: 'imp-1',
  importer: liaison,
  format: 'jsonl',
  size: 100,
  sha256: 'ab'.repeat(32),
  locale: 'en',
  status: 'queued',
  progress,
  ignoredColumns: [],
  createdAt: new Date('2026-11-21T08:00:00.000Z'),
});

/** The import job on the in-memory store, its rows submitted through SubmitHandler. */
const spec = intakeHandlerSpec(({ streams, keys }) => {
  const imports = new InMemoryImportStore();
  const files = new InMemoryImportFiles();
  const submit = new SubmitHandler(streams, keys);
  return { imports, files, submit, job: new RunImportHandler(imports, files, jsonRows, submit, 2) };
});
const noProgress = async () => undefined;

/** The items a run created, one stream each, as the submitted events they start with. */
const itemsOf = (titles: string[]) => (streams: string[]) =>
  Object.fromEntries(
    streams.map((streamId, index) => {
      const submissionId = streamId.slice('submission-'.length);
      return [
        streamOf(submissionId),
        [
          submitted({
            submissionId,
            submitter: { userId: liaison.userId },
            sourceType: 'liaison-point',
            content: { ...item(titles[index]), coSubmitters: [] },
          }),
        ],
      ];
    }),
  );

describe('RunImportHandler (导入任务)', () => {
  it('submits each valid row once, reports the others, and saves progress per batch', async () => {
    const { result } = await spec
      .given()
      .when(async ({ handler: { imports, files, job } }, store) => {
        await imports.create(record());
        await files.save('imp-1', rowsFile(rows));
        const seen: number[] = [];
        await job.execute('imp-1', async (progress) => void seen.push(progress.processed));
        const events = await store.readAll(1, 100);
        return { imports, files, seen, streams: [...new Set(events.map((e) => e.streamId))] };
      })
      .then(({ streams }) =>
        itemsOf(['关于第1号小区加装电梯的建议', '关于第2号小区加装电梯的建议'])(streams),
      );
    const done = await result.imports.get('imp-1');
    expect(done).toMatchObject({
      status: 'done',
      progress: { total: 5, processed: 5, imported: 2, duplicates: 1, failed: 2 },
    });
    expect(result.seen).toEqual([2, 4, 5]);
    const report = await result.imports.problems('imp-1', 0, 10);
    // Row 2 lacks a title and a body: one problem each.
    expect(report.items.map((problem) => problem.row)).toEqual([2, 2, 4]);
    expect(await result.files.load('imp-1')).toBeNull();
  });

  it('resumes after the last saved batch, without submitting its rows again', async () => {
    const resumed = {
      ...initialProgress(),
      total: 5,
      processed: 4,
      imported: 1,
      duplicates: 1,
      failed: 2,
    };
    const { result } = await spec
      .given()
      .when(async ({ handler: { imports, files, job } }, store) => {
        await imports.create({ ...record(resumed), status: 'running' });
        await imports.checkpoint('imp-1', resumed, [
          { index: 1, row: 2, field: 'title', message: 'x' },
          // Saved after the checkpoint by a job that died: discarded, then reported again.
          { index: 4, row: 5, field: 'title', message: 'x' },
        ]);
        await files.save('imp-1', rowsFile(rows));
        await job.execute('imp-1', noProgress);
        const events = await store.readAll(1, 100);
        return { imports, streams: events.map((event) => event.streamId) };
      })
      .then(({ streams }) => itemsOf(['关于第2号小区加装电梯的建议'])(streams));
    expect(await result.imports.get('imp-1')).toMatchObject({
      status: 'done',
      progress: { processed: 5, imported: 2 },
    });
    expect((await result.imports.problems('imp-1', 0, 10)).total).toBe(1);
  });

  it('reports a row whose key was imported with other details as a conflict', async () => {
    const title = '关于第1号小区加装电梯的建议';
    const request = { ...item(title), sourceType: 'liaison-point' as const, coSubmitters: [] };
    const { result } = await spec
      .given()
      .when(async ({ handler: { imports, files, job, submit } }) => {
        // Imported before with a sector: the row has the same key (title, body, submitter).
        const earlier = await submit.execute({
          request: { ...request, sector: '经济界' },
          metadata: { actor: liaison, correlationId: 'earlier', causationId: null },
          idempotencyKey: importKey(request, liaison.userId),
        });
        await imports.create(record());
        await files.save('imp-1', rowsFile([rows[0]]));
        await job.execute('imp-1', noProgress);
        return { imports, earlier };
      })
      .then(({ earlier }) => ({
        [streamOf(earlier.submissionId)]: [
          submitted({
            submissionId: earlier.submissionId,
            submitter: { userId: liaison.userId },
            sourceType: 'liaison-point',
            content: { ...item(title), coSubmitters: [], sector: '经济界' },
          }),
        ],
      }));
    expect(await result.imports.get('imp-1')).toMatchObject({
      progress: { processed: 1, imported: 0, duplicates: 0, failed: 1 },
    });
    expect((await result.imports.problems('imp-1', 0, 10)).items).toEqual([
      { row: 1, field: '', message: expect.stringMatching(/revise that item/) },
    ]);
  });

  it('ends an import whose file is gone as failed', async () => {
    const { result } = await spec
      .given()
      .when(async ({ handler: { imports, job } }) => {
        await imports.create(record());
        await job.execute('imp-1', noProgress);
        return imports.get('imp-1');
      })
      .thenNothingAppended();
    expect(result).toMatchObject({ status: 'failed', error: expect.stringMatching(/no longer/) });
  });

  it('does nothing for an import that is done', async () => {
    await spec
      .given()
      .when(async ({ handler: { imports, files, job } }) => {
        await imports.create({ ...record(), status: 'done' });
        await files.save('imp-1', rowsFile(rows));
        await job.execute('imp-1', noProgress);
      })
      .thenNothingAppended();
  });
});
