/**
 * One record of an uploaded file as its reader produced it. `row` is the number the user sees: the
 * sheet's row, the CSV record counted with its header as row 1, or the JSONL line.
 */
export type SourceRow =
  { row: number; cells: Record<string, unknown> } | { row: number; unreadable: 'line.malformed' };
