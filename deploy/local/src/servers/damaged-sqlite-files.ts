import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
} from 'node:fs';
import { join } from 'node:path';

// FerretDB keeps its catalogue in this table of every database file; at start-up it opens every
// file, so one file without it (left by a crash while a database was being created) stops the
// whole server with "no such table: _ferretdb_collections".
const CATALOGUE = Buffer.from('_ferretdb_collections');
// The schema lives on the first pages; later writes may still sit in the write-ahead log.
const SCHEMA_BYTES = 1 << 20;

function headOf(file: string, bytes: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

function hasCatalogue(dir: string, database: string): boolean {
  const wal = join(dir, `${database}-wal`);
  return (
    headOf(join(dir, database), SCHEMA_BYTES).includes(CATALOGUE) ||
    (existsSync(wal) && readFileSync(wal).includes(CATALOGUE))
  );
}

/**
 * Moves the database files of `dir` that FerretDB cannot open (no catalogue table) into
 * `quarantine`, with their -wal and -shm files; returns the databases moved.
 */
export function quarantineDamagedDatabases(dir: string, quarantine: string): string[] {
  if (!existsSync(dir)) return [];
  const damaged = readdirSync(dir).filter(
    (name) => name.endsWith('.sqlite') && !hasCatalogue(dir, name),
  );
  if (damaged.length === 0) return [];
  mkdirSync(quarantine, { recursive: true });
  for (const database of damaged) {
    for (const file of [database, `${database}-wal`, `${database}-shm`]) {
      if (existsSync(join(dir, file))) renameSync(join(dir, file), join(quarantine, file));
    }
  }
  return damaged;
}
