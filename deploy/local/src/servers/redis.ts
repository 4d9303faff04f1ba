import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { redisProbe } from '@opinion/testing';
import { dataDir } from '../paths';
import { commandExists, InstallError, runInstallStep } from '../run-command';
import { startDetached } from '../process-control';
import type { LocalServer } from '../server';

const HOST = '127.0.0.1';
const PORT = 6379;

export const redis: LocalServer = {
  name: 'redis',
  address: `${HOST}:${PORT}`,
  startTimeoutMs: 15_000,
  probe: redisProbe(`redis://${HOST}:${PORT}`),

  install() {
    if (commandExists('redis-server')) return;
    if (process.getuid?.() !== 0) {
      throw new InstallError(
        'redis-server is not installed and this is not root. What to do: `sudo apt-get install redis-server` (or set REDIS_URL to a Redis 7 you run), then `npm run infra -- up` again',
      );
    }
    // RUNLEVEL=1 keeps Debian's maintainer scripts from starting a system-wide Redis on our port.
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' };
    const remedy =
      "check that Debian's package archive is reachable (`apt-get update`), then retry";
    runInstallStep('apt-get update', 'apt-get', ['update', '-qq'], { env, remedy });
    runInstallStep(
      "installing Debian's redis-server",
      'apt-get',
      ['install', '-y', '-qq', '--no-install-recommends', 'redis-server'],
      { env, remedy },
    );
  },

  start() {
    const dir = dataDir('redis');
    mkdirSync(dir, { recursive: true });
    return startDetached(
      'redis',
      'redis-server',
      [
        '--bind',
        HOST,
        '--port',
        String(PORT),
        '--dir',
        dir,
        '--daemonize',
        'no',
        '--protected-mode',
        'yes',
        '--appendonly',
        'yes',
        // BullMQ requires that Redis never evicts its keys.
        '--maxmemory-policy',
        'noeviction',
      ],
      join(dir),
    );
  },
};
