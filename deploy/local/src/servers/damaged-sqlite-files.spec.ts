import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quarantineDamagedDatabases } from './damaged-sqlite-files';

const HEADER = 'SQLite format 3\0';

describe('quarantineDamagedDatabases', () => {
  it('moves only the database files without a FerretDB catalogue, with their logs', () => {
    const root = mkdtempSync(join(tmpdir(), 'ferretdb-data-'));
    const dir = join(root, 'sqlite');
    const quarantine = join(root, 'damaged');
    mkdirSync(dir);
    writeFileSync(join(dir, 'opinion.sqlite'), `${HEADER}CREATE TABLE _ferretdb_collections`);
    writeFileSync(join(dir, 'recent.sqlite'), HEADER);
    writeFileSync(join(dir, 'recent.sqlite-wal'), 'CREATE TABLE "_ferretdb_collections"');
    writeFileSync(join(dir, 'broken.sqlite'), HEADER);
    writeFileSync(join(dir, 'broken.sqlite-shm'), '');
    writeFileSync(join(dir, 'empty.sqlite'), '');

    expect(quarantineDamagedDatabases(dir, quarantine).sort()).toEqual([
      'broken.sqlite',
      'empty.sqlite',
    ]);
    expect(readdirSync(dir).sort()).toEqual([
      'opinion.sqlite',
      'recent.sqlite',
      'recent.sqlite-wal',
    ]);
    expect(readdirSync(quarantine).sort()).toEqual([
      'broken.sqlite',
      'broken.sqlite-shm',
      'empty.sqlite',
    ]);
    expect(quarantineDamagedDatabases(dir, quarantine)).toEqual([]);
  });

  it('does nothing before the first start', () => {
    const missing = join(tmpdir(), 'no-such-ferretdb-data', 'sqlite');
    expect(quarantineDamagedDatabases(missing, join(missing, '..', 'damaged'))).toEqual([]);
    expect(existsSync(missing)).toBe(false);
  });
});
