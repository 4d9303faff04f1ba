import { parse } from 'csv-parse';
import type { RawRow } from './keyed-by-header';

const CHUNK = 64 * 1024;

/**
 * CSV as Excel writes it: UTF-8 (with or without a BOM) or, from Excel on Chinese Windows,
 * GB18030. The whole file is in memory already, so the check is one pass over it.
 */
function encodingOf(file: Buffer): 'utf-8' | 'gb18030' {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(file);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

async function* decoded(file: Buffer): AsyncIterable<string> {
  const decoder = new TextDecoder(encodingOf(file));
  for (let start = 0; start < file.length; start += CHUNK) {
    yield decoder.decode(file.subarray(start, start + CHUNK), { stream: true });
  }
  yield decoder.decode();
}

/** Records in order; a record is one sheet row however many lines its quoted cells span. */
export async function* csvRows(file: Buffer): AsyncIterable<RawRow> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false });
  const feeding = (async () => {
    for await (const chunk of decoded(file)) {
      if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
    }
    parser.end();
  })();
  let row = 0;
  for await (const values of parser as AsyncIterable<string[]>) {
    yield { row: ++row, values };
  }
  await feeding;
}
