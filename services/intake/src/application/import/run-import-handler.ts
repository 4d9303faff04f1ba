import type { EventMetadata } from '@opinion/contracts';
import { IdempotencyKeyReusedError } from '../application-errors';
import type { SubmitHandler } from '../submit/submit-handler';
import { unknownColumns } from './column-mapping';
import { importMessage } from './import-messages';
import type { ImportFiles, ImportStore, RowReader, StoredRowProblem } from './import-ports';
import type { ImportProgress, ImportRecord } from './import-record';
import { validateRow, type RowContext, type RowProblem, type ValidatedRow } from './row-validation';
import type { SourceRow } from './source-row';

export type ProgressListener = (progress: ImportProgress) => Promise<void>;

type Outcome = 'imported' | 'duplicates' | 'failed';

interface Run {
  record: ImportRecord;
  progress: ImportProgress;
  context: RowContext;
  metadata: EventMetadata;
  onProgress: ProgressListener;
}

/**
 * The import job: counts the rows, then validates and submits them batch by batch, each valid row
 * through SubmitHandler with a key derived from its content (one event per new item, none for an
 * item imported before). Progress and the problems of each batch are saved together, so a job
 * that dies resumes after its last saved batch.
 */
export class RunImportHandler {
  constructor(
    private readonly imports: ImportStore,
    private readonly files: ImportFiles,
    private readonly readRows: RowReader,
    private readonly submit: SubmitHandler,
    /** Rows saved per checkpoint: the most a resumed job repeats. */
    private readonly batchSize = 50,
  ) {}

  async execute(importId: string, onProgress: ProgressListener): Promise<void> {
    const record = await this.imports.get(importId);
    if (!record || record.status === 'done' || record.status === 'failed') return;
    const file = await this.files.load(importId);
    if (!file) return this.fail(importId, 'the uploaded file is no longer stored');

    const { total, headers } = await this.countRows(file, record);
    await this.imports.start(importId, total, unknownColumns(headers));
    await this.imports.discardProblemsFrom(importId, record.progress.processed);
    const run: Run = {
      record,
      progress: { ...record.progress, total },
      context: { format: record.format, importerId: record.importer.userId, locale: record.locale },
      // Every event of an import carries its id as the correlation: the audit trail names the file.
      metadata: { actor: record.importer, correlationId: importId, causationId: null },
      onProgress,
    };
    let index = 0;
    let batch: SourceRow[] = [];
    for await (const row of this.readRows(file, record.format)) {
      if (index++ < record.progress.processed) continue;
      batch.push(row);
      if (batch.length < this.batchSize) continue;
      await this.importBatch(run, batch);
      batch = [];
    }
    if (batch.length > 0) await this.importBatch(run, batch);
    await this.imports.finish(importId, 'done');
    await this.files.remove(importId);
  }

  /** The job gave up (its last attempt failed): the import ends as failed with the reason. */
  async fail(importId: string, reason: string): Promise<void> {
    await this.imports.finish(importId, 'failed', reason);
    await this.files.remove(importId);
  }

  private async countRows(file: Buffer, record: ImportRecord) {
    let total = 0;
    let headers: string[] = [];
    for await (const row of this.readRows(file, record.format)) {
      if (total++ === 0 && record.format !== 'jsonl' && 'cells' in row) {
        headers = Object.keys(row.cells);
      }
    }
    return { total, headers };
  }

  private async importBatch(run: Run, batch: SourceRow[]): Promise<void> {
    const first = run.progress.processed;
    // One row after another: each row's outcome and problems are recorded in the sheet's order.
    const results = [];
    for (const source of batch)
      results.push(await this.importRow(run, validateRow(source, run.context)));
    const problems: StoredRowProblem[] = results.flatMap(({ outcome, problems }, offset) => {
      run.progress[outcome] += 1;
      return problems.map((problem) => ({ ...problem, index: first + offset }));
    });
    run.progress.processed += batch.length;
    await this.imports.checkpoint(run.record.importId, run.progress, problems);
    await run.onProgress(run.progress);
  }

  private async importRow(
    run: Run,
    row: ValidatedRow,
  ): Promise<{ outcome: Outcome; problems: RowProblem[] }> {
    if (!row.valid) return { outcome: 'failed', problems: row.problems };
    try {
      const { created } = await this.submit.execute({
        request: row.request,
        metadata: run.metadata,
        idempotencyKey: row.idempotencyKey,
      });
      return { outcome: created ? 'imported' : 'duplicates', problems: [] };
    } catch (error) {
      if (!(error instanceof IdempotencyKeyReusedError)) throw error;
      const message = importMessage('row.conflicts', run.context.locale);
      return { outcome: 'failed', problems: [{ row: row.row, field: '', message }] };
    }
  }
}
