import type { Actor } from '@opinion/contracts';
import { mayReadImport } from '../../domain';
import { ImportNotFoundError } from './import-errors';
import type { ImportStore } from './import-ports';

export interface GetImportQuery {
  importId: string;
  actor: Actor;
  /** Paging of the row report. */
  offset: number;
  limit: number;
}

/** An import's status, counts and one page of its row report; 404 for anyone who may not see it. */
export class GetImportHandler {
  constructor(private readonly imports: ImportStore) {}

  async execute({ importId, actor, offset, limit }: GetImportQuery) {
    const record = await this.imports.get(importId);
    if (!record || !mayReadImport(record.importer, actor)) throw new ImportNotFoundError(importId);
    const { total, processed, imported, duplicates, failed } = record.progress;
    const report = await this.imports.problems(importId, offset, limit);
    return {
      importId,
      status: record.status,
      format: record.format,
      fileName: record.fileName,
      size: record.size,
      sha256: record.sha256,
      importer: { userId: record.importer.userId },
      progress: { total, processed },
      counts: { imported, duplicates, failed },
      ignoredColumns: record.ignoredColumns,
      ...(record.error && { error: record.error }),
      createdAt: record.createdAt,
      startedAt: record.startedAt,
      finishedAt: record.finishedAt,
      report: { offset, limit, total: report.total, rows: report.items },
    };
  }
}
