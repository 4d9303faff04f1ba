import type { Actor, Locale } from '@opinion/contracts';
import type { ImportFormat } from './import-format';

export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';

/** Rows are counted once each: processed = imported + duplicates + failed. */
export interface ImportProgress {
  /** Data rows in the file; null until the worker has counted them. */
  total: number | null;
  processed: number;
  imported: number;
  duplicates: number;
  failed: number;
}

/** 批量导入: one uploaded file and what became of its rows. */
export interface ImportRecord {
  importId: string;
  importer: Actor;
  format: ImportFormat;
  fileName?: string;
  size: number;
  sha256: string;
  /** The importer's language, for the row messages. */
  locale: Locale;
  status: ImportStatus;
  progress: ImportProgress;
  /** Columns of the sheet no field is known for; their cells were not imported. */
  ignoredColumns: string[];
  error?: string;
  createdAt: Date;
  startedAt?: Date;
  finishedAt?: Date;
}

export const initialProgress = (): ImportProgress => ({
  total: null,
  processed: 0,
  imported: 0,
  duplicates: 0,
  failed: 0,
});
