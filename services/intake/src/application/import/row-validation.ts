import {
  parseLocalised,
  submitRequestSchema,
  type Locale,
  type SubmitRequest,
} from '@opinion/contracts';
import {
  DEFAULT_SOURCE_TYPE,
  importFieldOf,
  mapColumns,
  toSubmitRequest,
  type ImportField,
  type SheetItem,
} from './column-mapping';
import type { ImportFormat } from './import-format';
import { importKey } from './import-key';
import { importMessage } from './import-messages';
import type { SourceRow } from './source-row';

/** One problem of one row: what the report shows. `column` is the header as the sheet wrote it. */
export interface RowProblem {
  row: number;
  field: string;
  column?: string;
  message: string;
}

export type ValidatedRow =
  | { valid: true; row: number; request: SubmitRequest; idempotencyKey: string }
  | { valid: false; row: number; problems: RowProblem[] };

export interface RowContext {
  format: ImportFormat;
  importerId: string;
  locale: Locale;
}

const BODY_FIELDS: Record<string, ImportField> = {
  text: 'text',
  situation: 'situation',
  problem: 'problem',
  suggestions: 'suggestions',
};

/** Which column a schema error is about, so the report can name it as the sheet does. */
function importFieldOfPath(path: string, item: SheetItem): ImportField | undefined {
  const [head, second] = path.split('.');
  switch (head) {
    case 'title':
    case 'sourceType':
    case 'sector':
    case 'region':
      return head;
    case 'body':
      return BODY_FIELDS[second] ?? 'text';
    case 'coSubmitters':
      return second === '0' && item.submitter ? 'submitter' : 'coSubmitters';
    case 'urgency':
      return second === 'greenChannel' ? 'greenChannel' : 'urgency';
    default:
      return undefined;
  }
}

/** JSONL lines are submit requests as POST /submissions takes them, from the importer. */
function jsonlItem(cells: Record<string, unknown>): SheetItem {
  return { request: { sourceType: DEFAULT_SOURCE_TYPE, ...cells } };
}

/**
 * A row checked by the very schema POST /submissions uses, with its messages in the importer's
 * language. A row is valid as a whole or reported as a whole: nothing of it is imported otherwise.
 */
export function validateRow(source: SourceRow, context: RowContext): ValidatedRow {
  const { row } = source;
  if ('unreadable' in source) {
    return {
      valid: false,
      row,
      problems: [{ row, field: '', message: importMessage(source.unreadable, context.locale) }],
    };
  }
  const item =
    context.format === 'jsonl'
      ? jsonlItem(source.cells)
      : toSubmitRequest(mapColumns(source.cells), context.importerId);
  const parsed = parseLocalised(submitRequestSchema, item.request, context.locale);
  if (parsed.success) {
    const submitter = item.submitter ?? context.importerId;
    return {
      valid: true,
      row,
      request: parsed.data,
      idempotencyKey: importKey(parsed.data, submitter),
    };
  }
  const headers = Object.keys(source.cells);
  const problems = parsed.errors.map(({ field, message }): RowProblem => {
    const importField = importFieldOfPath(field, item);
    const column =
      context.format === 'jsonl'
        ? undefined
        : headers.find((header) => importField && importFieldOf(header) === importField);
    return { row, field, ...(column && { column }), message };
  });
  return { valid: false, row, problems };
}
