import type { ImportFormat } from '../application/import/import-format';
import type {
  ImportFiles,
  ImportQueue,
  ImportStore,
  RowReader,
  StoredRowProblem,
} from '../application/import/import-ports';
import type { ImportProgress, ImportRecord } from '../application/import/import-record';
import type { RowProblem } from '../application/import/row-validation';
import type { SourceRow } from '../application/import/source-row';

/** Imports and their row reports in memory, with MongoImportStore's rules. */
export class InMemoryImportStore implements ImportStore {
  readonly records = new Map<string, ImportRecord>();
  readonly reports = new Map<string, StoredRowProblem[]>();
  /** Every checkpoint saved, in order: what a resumed job would start from. */
  readonly checkpoints: Array<{ importId: string; progress: ImportProgress }> = [];

  constructor(private readonly clock: () => Date = () => new Date()) {}

  async create(record: ImportRecord): Promise<void> {
    if (this.records.has(record.importId)) throw new Error(`import ${record.importId} exists`);
    this.records.set(record.importId, structuredClone(record));
  }

  async get(importId: string): Promise<ImportRecord | null> {
    const record = this.records.get(importId);
    return record ? structuredClone(record) : null;
  }

  async start(importId: string, total: number, ignoredColumns: string[]): Promise<void> {
    const record = this.existing(importId);
    record.status = 'running';
    record.progress.total = total;
    record.ignoredColumns = ignoredColumns;
    record.startedAt = this.clock();
  }

  async checkpoint(
    importId: string,
    progress: ImportProgress,
    problems: StoredRowProblem[],
  ): Promise<void> {
    this.reports.set(importId, [...(this.reports.get(importId) ?? []), ...problems]);
    this.existing(importId).progress = { ...progress };
    this.checkpoints.push({ importId, progress: { ...progress } });
  }

  async discardProblemsFrom(importId: string, index: number): Promise<void> {
    const problems = this.reports.get(importId) ?? [];
    this.reports.set(
      importId,
      problems.filter((problem) => problem.index < index),
    );
  }

  async finish(importId: string, status: 'done' | 'failed', error?: string): Promise<void> {
    const record = this.existing(importId);
    record.status = status;
    if (error) record.error = error;
    record.finishedAt = this.clock();
  }

  async problems(
    importId: string,
    offset: number,
    limit: number,
  ): Promise<{ total: number; items: RowProblem[] }> {
    const all = [...(this.reports.get(importId) ?? [])].sort((a, b) => a.index - b.index);
    return {
      total: all.length,
      items: all.slice(offset, offset + limit).map(({ index: _index, ...problem }) => problem),
    };
  }

  async pending(): Promise<string[]> {
    return [...this.records.values()]
      .filter((record) => record.status === 'queued' || record.status === 'running')
      .map((record) => record.importId);
  }

  private existing(importId: string): ImportRecord {
    const record = this.records.get(importId);
    if (!record) throw new Error(`no import ${importId}`);
    return record;
  }
}

export class InMemoryImportFiles implements ImportFiles {
  readonly files = new Map<string, Buffer>();

  async save(importId: string, content: Buffer): Promise<void> {
    this.files.set(importId, Buffer.from(content));
  }

  async load(importId: string): Promise<Buffer | null> {
    return this.files.get(importId) ?? null;
  }

  async remove(importId: string): Promise<void> {
    this.files.delete(importId);
  }
}

/** Remembers what was enqueued; `failing` makes enqueueing fail, as when Redis is away. */
export class InMemoryImportQueue implements ImportQueue {
  readonly enqueued: string[] = [];
  failing = false;

  async enqueue(importId: string): Promise<void> {
    if (this.failing) throw new Error('the queue is not reachable');
    this.enqueued.push(importId);
  }
}

/** A file of rows for `jsonRows`: the rows themselves, as JSON. */
export const rowsFile = (rows: SourceRow[]): Buffer => Buffer.from(JSON.stringify(rows));

/** Reads a `rowsFile`, whatever the format says: the file readers have their own specs. */
export const jsonRows: RowReader = async function* (file: Buffer, _format: ImportFormat) {
  for (const row of JSON.parse(file.toString('utf8')) as SourceRow[]) yield row;
};
