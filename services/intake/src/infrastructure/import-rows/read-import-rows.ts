import type { RowReader } from '../../application/import/import-ports';
import { csvRows } from './csv-rows';
import { jsonlRows } from './jsonl-rows';
import { keyedByHeader } from './keyed-by-header';
import { xlsxRows } from './xlsx-rows';

/** The rows of an uploaded file by its format. */
export const readImportRows: RowReader = (file, format) => {
  switch (format) {
    case 'xlsx':
      return keyedByHeader(xlsxRows(file));
    case 'csv':
      return keyedByHeader(csvRows(file));
    case 'jsonl':
      return jsonlRows(file);
  }
};
