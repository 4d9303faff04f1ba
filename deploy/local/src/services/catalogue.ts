import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths';
import type { LocalServer } from '../server';
import { LOCAL_HOST, nodeService } from './node-service';

/** The services `start` runs, in start order, on the ports their configs default to. */
const SERVICES: Array<[name: string, port: number]> = [
  ['intake', 3101],
  ['triage', 3102],
  ['gateway', 3100],
];

const urlOf = (service: string) =>
  `http://${LOCAL_HOST}:${SERVICES.find(([name]) => name === service)![1]}`;

/** The gateway forwards to the services behind it, on the ports they are started on here. */
const SERVICE_ENV: Record<string, NodeJS.ProcessEnv> = {
  gateway: { INTAKE_URL: urlOf('intake'), TRIAGE_URL: urlOf('triage') },
};

export function productServices(): LocalServer[] {
  return SERVICES.filter(([name]) =>
    existsSync(join(repoRoot, 'services', name, 'src', 'main.ts')),
  ).map(([name, port]) => nodeService(name, port, SERVICE_ENV[name]));
}
