import type { ImportFormat } from './import-format';
import type { ImportProgress, ImportRecord } from './import-record';
import type { RowProblem } from './row-validation';
import type { SourceRow } from './source-row';

/** A row problem with the row's position among the data rows, to resume after a crash. */
export interface StoredRowProblem extends RowProblem {
  index: number;
}

/** Imports and their row reports; progress is saved with the problems of the rows it counts. */
export interface ImportStore {
  create(record: ImportRecord): Promise<void>;
  get(importId: string): Promise<ImportRecord | null>;
  start(importId: string, total: number, ignoredColumns: string[]): Promise<void>;
  /** Problems are written first, so a crash between the two repeats them, never loses them. */
  checkpoint(
    importId: string,
    progress: ImportProgress,
    problems: StoredRowProblem[],
  ): Promise<void>;
  /** Removes problems of rows after the last checkpoint, before a resumed run reports them again. */
  discardProblemsFrom(importId: string, index: number): Promise<void>;
  finish(importId: string, status: 'done' | 'failed', error?: string): Promise<void>;
  problems(
    importId: string,
    offset: number,
    limit: number,
  ): Promise<{ total: number; items: RowProblem[] }>;
  /** Imports queued or running: re-enqueued at start, in case Redis lost their jobs. */
  pending(): Promise<string[]>;
}

/** The uploaded files, kept until their import has finished. */
export interface ImportFiles {
  save(importId: string, content: Buffer): Promise<void>;
  load(importId: string): Promise<Buffer | null>;
  remove(importId: string): Promise<void>;
}

export interface ImportQueue {
  enqueue(importId: string): Promise<void>;
}

/**
 * Reads the data rows of a file, streaming where the format allows. Sheet and CSV rows carry every
 * header of the file, empty cells as '', so a report can name the column of a missing value.
 */
export type RowReader = (file: Buffer, format: ImportFormat) => AsyncIterable<SourceRow>;
