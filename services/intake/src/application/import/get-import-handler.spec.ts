import { editor, liaison, member } from '../../testing/intake-fixtures';
import { InMemoryImportStore } from '../../testing/in-memory-imports';
import { GetImportHandler } from './get-import-handler';
import { ImportNotFoundError } from './import-errors';
import { initialProgress, type ImportRecord } from './import-record';

const record: ImportRecord = {
  importId: 'imp-1',
  importer: liaison,
  format: 'csv',
  fileName: 'items.csv',
  size: 10,
  sha256: 'ab'.repeat(32),
  locale: 'zh-CN',
  status: 'done',
  progress: { ...initialProgress(), total: 3, processed: 3, imported: 1, duplicates: 0, failed: 2 },
  ignoredColumns: ['备注'],
  createdAt: new Date('2026-11-21T08:00:00.000Z'),
};

async function setUp() {
  const imports = new InMemoryImportStore();
  await imports.create(record);
  await imports.checkpoint('imp-1', record.progress, [
    { index: 2, row: 4, field: 'title', column: '标题', message: '必填' },
    { index: 1, row: 3, field: 'body', message: '必填' },
  ]);
  return new GetImportHandler(imports);
}

describe('GetImportHandler', () => {
  it("shows the importer the import's counts and a page of its report, in row order", async () => {
    const handler = await setUp();
    const view = await handler.execute({ importId: 'imp-1', actor: liaison, offset: 0, limit: 1 });
    expect(view).toMatchObject({
      importId: 'imp-1',
      status: 'done',
      importer: { userId: liaison.userId },
      progress: { total: 3, processed: 3 },
      counts: { imported: 1, duplicates: 0, failed: 2 },
      ignoredColumns: ['备注'],
      report: { offset: 0, limit: 1, total: 2, rows: [{ row: 3, field: 'body', message: '必填' }] },
    });
  });

  it("shows it to staff of the importer's organisation", async () => {
    const handler = await setUp();
    const view = await handler.execute({ importId: 'imp-1', actor: editor, offset: 1, limit: 5 });
    expect(view.report.rows).toEqual([{ row: 4, field: 'title', column: '标题', message: '必填' }]);
  });

  it.each([
    ['a member', member, 'imp-1'],
    ['staff of another organisation', { ...editor, orgId: 'org-city' }, 'imp-1'],
    ['anyone, for an unknown import', liaison, 'imp-404'],
  ])('answers not found to %s', async (_, actor, importId) => {
    const handler = await setUp();
    await expect(handler.execute({ importId, actor, offset: 0, limit: 5 })).rejects.toBeInstanceOf(
      ImportNotFoundError,
    );
  });
});
