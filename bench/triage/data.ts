import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The public 2020 泰迪杯 problem C data, read in place (never copied into the repository). */
export const DATA_DIR =
  process.env.TIPDM_DATA ?? join(__dirname, '../../../shared/data/tipdm2020c');

export interface Message {
  id: string;
  user: string;
  title: string;
  body: string;
  submittedAt: string;
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(join(DATA_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}
