import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mongoProbe } from '@opinion/testing';
import { cacheRoot, dataDir, repoRoot } from '../paths';
import { runInstallStep } from '../run-command';
import { startDetached } from '../process-control';
import type { LocalServer } from '../server';

const HOST = '127.0.0.1';
const requirements = join(repoRoot, 'deploy', 'local', 'secantusdb', 'requirements.txt');

/** The virtual environment is named after the pinned requirements, so a change reinstalls. */
function venvDir(): string {
  const digest = createHash('sha256').update(readFileSync(requirements)).digest('hex');
  return join(cacheRoot(), 'secantusdb', `venv-${digest.slice(0, 12)}`);
}

const completeMarker = (): string => join(venvDir(), '.complete');
const python = (): string => process.env.PYTHON ?? 'python3';

/**
 * SecantusDB: MongoDB's wire protocol on WiredTiger, from PyPI (ADR 0010). It advertises a
 * single-node replica set, so drivers get transactions and change streams as on MongoDB. Data
 * lives in `.local/<name>/`; a test may run a server of its own on another port.
 */
export function secantusServer(name: string, port: number): LocalServer {
  return {
    name,
    address: `${HOST}:${port}`,
    startTimeoutMs: 30_000,
    probe: mongoProbe(`mongodb://${HOST}:${port}/admin`),
    install: installSecantus,
    start() {
      const dir = dataDir(name);
      return startDetached(
        name,
        join(venvDir(), 'bin', 'secantusd-py'),
        ['--host', HOST, '--port', String(port), '--storage-path', join(dir, 'wiredtiger')],
        dir,
      );
    },
  };
}

export const secantusdb = secantusServer('secantusdb', 27017);

function installSecantus(): void {
  if (existsSync(completeMarker())) return;
  rmSync(venvDir(), { recursive: true, force: true });
  const remedy =
    'check that Python 3.10+ with its venv module is installed (Debian: `apt-get install python3-venv`; or set PYTHON to another interpreter) and PyPI is reachable, then run `npm run infra -- up` again';
  runInstallStep(
    `creating a Python virtual environment for SecantusDB in ${venvDir()}`,
    python(),
    ['-m', 'venv', venvDir()],
    { remedy },
  );
  runInstallStep(
    'installing SecantusDB 0.7.0b3 and its pinned dependencies from PyPI',
    join(venvDir(), 'bin', 'pip'),
    ['install', '--quiet', '--disable-pip-version-check', '--no-deps', '-r', requirements],
    { remedy },
  );
  writeFileSync(completeMarker(), `${new Date().toISOString()}\n`);
}
