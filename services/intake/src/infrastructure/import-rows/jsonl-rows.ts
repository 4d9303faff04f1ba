import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import type { SourceRow } from '../../application/import/source-row';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One submit request per line; blank lines are skipped but counted, so numbers match an editor. */
export async function* jsonlRows(file: Buffer): AsyncIterable<SourceRow> {
  const lines = createInterface({ input: Readable.from([file]), crlfDelay: Infinity });
  let row = 0;
  for await (const line of lines) {
    row += 1;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    yield isPlainObject(value) ? { row, cells: value } : { row, unreadable: 'line.malformed' };
  }
}
