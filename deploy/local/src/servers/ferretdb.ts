import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mongoProbe } from '@opinion/testing';
import { cacheRoot, dataDir, repoRoot } from '../paths';
import { quarantineDamagedDatabases } from './damaged-sqlite-files';
import { runInstallStep } from '../run-command';
import { startDetached } from '../process-control';
import type { LocalServer } from '../server';

const HOST = '127.0.0.1';
const PORT = 27017;
const wrapperDir = join(repoRoot, 'deploy', 'local', 'ferretdb');

/** The binary is named after its sources, so a changed wrapper or FerretDB version rebuilds. */
function binaryPath(): string {
  const hash = createHash('sha256');
  for (const file of ['go.mod', 'go.sum', 'main.go'])
    hash.update(readFileSync(join(wrapperDir, file)));
  return join(cacheRoot(), 'ferretdb', `ferretdb-local-${hash.digest('hex').slice(0, 12)}`);
}

export const ferretdb: LocalServer = {
  name: 'ferretdb',
  address: `${HOST}:${PORT}`,
  startTimeoutMs: 30_000,
  probe: mongoProbe(`mongodb://${HOST}:${PORT}/admin`),

  install() {
    const binary = binaryPath();
    if (existsSync(binary)) return;
    runInstallStep(
      `building FerretDB v1.24.2 (SQLite backend) into ${binary}; the first build takes a few minutes`,
      'go',
      ['build', '-trimpath', '-o', binary, '.'],
      {
        cwd: wrapperDir,
        env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
        remedy:
          'check that Go 1.24+ is installed and the Go module proxy is reachable (`go env GOPROXY`), then run `npm run infra -- up` again',
      },
    );
  },

  start() {
    return startDetached(
      'ferretdb',
      binaryPath(),
      ['-listen', `${HOST}:${PORT}`, '-data', join(dataDir('ferretdb'), 'sqlite')],
      dataDir('ferretdb'),
    );
  },

  repair() {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const quarantine = join(dataDir('ferretdb'), 'damaged', stamp);
    const moved = quarantineDamagedDatabases(join(dataDir('ferretdb'), 'sqlite'), quarantine);
    return moved.length === 0
      ? null
      : `moved ${moved.length} damaged database file(s) that stopped FerretDB (${moved.join(', ')}) to ${quarantine}`;
  },
};
