import type { SourceRow } from '../../application/import/source-row';

/** A row of a sheet or CSV as a list of cell texts, with the row number the user sees. */
export interface RawRow {
  row: number;
  values: string[];
}

const isBlank = (values: string[]) => values.every((value) => !value.trim());

/**
 * Keys each data row by the header row (the first row that is not blank), every header present
 * and empty cells as '', and skips blank rows, which spreadsheets are full of.
 */
export async function* keyedByHeader(rows: AsyncIterable<RawRow>): AsyncIterable<SourceRow> {
  let headers: string[] | undefined;
  for await (const { row, values } of rows) {
    if (isBlank(values)) continue;
    if (!headers) {
      headers = values.map((value) => value.trim());
      continue;
    }
    const cells: Record<string, unknown> = {};
    headers.forEach((header, column) => {
      if (header) cells[header] = values[column] ?? '';
    });
    yield { row, cells };
  }
}
