import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { RawRow } from './keyed-by-header';

type CellValue = ExcelJS.CellValue;

/** What a person sees in a cell: rich text joined, formulas by their result, dates as days. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as CellValue);
  if ('text' in value) return cellText(value.text as CellValue);
  if ('error' in value) return '';
  return '';
}

/** The first worksheet's rows, streamed from the zip without building the workbook. */
export async function* xlsxRows(file: Buffer): AsyncIterable<RawRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([file]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let first = true;
  for await (const worksheet of workbook) {
    // Later sheets (instructions, lists of values) are read to the end so their streams close.
    const isData = first;
    first = false;
    for await (const row of worksheet) {
      if (!isData) continue;
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      yield { row: row.number, values: Array.from(values, (value) => cellText(value)) };
    }
  }
}
