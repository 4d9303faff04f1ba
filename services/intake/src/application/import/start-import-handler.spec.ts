import { createHash } from 'node:crypto';
import { liaison, member, metadataOf } from '../../testing/intake-fixtures';
import {
  InMemoryImportFiles,
  InMemoryImportQueue,
  InMemoryImportStore,
} from '../../testing/in-memory-imports';
import { ImportForbiddenError } from './import-errors';
import { StartImportHandler } from './start-import-handler';

function setUp() {
  const imports = new InMemoryImportStore();
  const files = new InMemoryImportFiles();
  const queue = new InMemoryImportQueue();
  return { imports, files, queue, handler: new StartImportHandler(imports, files, queue) };
}
const content = Buffer.from('标题,建议\n关于……的建议,财政补贴\n');
const command = (actor = liaison) => ({
  content,
  format: 'csv' as const,
  fileName: 'items.csv',
  metadata: metadataOf(actor),
  locale: 'zh-CN' as const,
});

describe('StartImportHandler (批量导入)', () => {
  it('stores the file and a queued import, then enqueues its job', async () => {
    const { imports, files, queue, handler } = setUp();
    const { importId, status } = await handler.execute(command());
    expect(status).toBe('queued');
    expect(await files.load(importId)).toEqual(content);
    expect(queue.enqueued).toEqual([importId]);
    expect(await imports.get(importId)).toMatchObject({
      importer: liaison,
      format: 'csv',
      fileName: 'items.csv',
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      status: 'queued',
      progress: { total: null, processed: 0, imported: 0, duplicates: 0, failed: 0 },
    });
  });

  it('refuses a member, storing nothing', async () => {
    const { imports, files, queue, handler } = setUp();
    await expect(handler.execute(command(member))).rejects.toBeInstanceOf(ImportForbiddenError);
    expect([imports.records.size, files.files.size, queue.enqueued.length]).toEqual([0, 0, 0]);
  });

  it('leaves the import queued, to be enqueued at start, when the queue is away', async () => {
    const { imports, queue, handler } = setUp();
    queue.failing = true;
    await expect(handler.execute(command())).rejects.toThrow(/not reachable/);
    expect(await imports.pending()).toHaveLength(1);
  });
});
