import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths';
import type { LocalServer } from '../server';
import { nodeService } from './node-service';

/** The services `start` runs, in start order, on the ports their configs default to. */
const SERVICES: Array<[name: string, port: number]> = [
  ['intake', 3101],
  ['triage', 3102],
  ['gateway', 3100],
];

export function productServices(): LocalServer[] {
  return SERVICES.filter(([name]) =>
    existsSync(join(repoRoot, 'services', name, 'src', 'main.ts')),
  ).map(([name, port]) => nodeService(name, port));
}
