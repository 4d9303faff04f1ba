import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Probe } from '@opinion/testing';
import { repoRoot } from '../paths';
import { startDetached } from '../process-control';
import type { LocalServer } from '../server';
import { serviceEnvironment } from './service-env';

export const LOCAL_HOST = '127.0.0.1';

function healthProbe(url: string): Probe {
  return async () => {
    const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  };
}

/**
 * One of the product's NestJS services, run from source like `npx opinion` is, with `env` as
 * defaults under the shell's environment.
 */
export function nodeService(name: string, port: number, env: NodeJS.ProcessEnv = {}): LocalServer {
  const entry = join(repoRoot, 'services', name, 'src', 'main.ts');
  return {
    name,
    address: `${LOCAL_HOST}:${port}`,
    startTimeoutMs: 90_000,
    probe: healthProbe(`http://${LOCAL_HOST}:${port}/health`),
    install() {
      if (!existsSync(entry)) throw new Error(`services/${name}/src/main.ts does not exist`);
    },
    start() {
      return startDetached(
        name,
        process.execPath,
        ['-r', '@swc-node/register', entry],
        repoRoot,
        serviceEnvironment({ ...env, ...process.env }),
      );
    },
  };
}
