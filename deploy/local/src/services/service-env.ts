import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { localRoot } from '../paths';

const secretFile = join(localRoot, 'secrets', 'jwt-secret');

/**
 * Environment for the services deploy/local starts: the shell's, plus a signing key made once
 * per checkout (kept in .local, git-ignored) so that tokens survive restarts of the gateway.
 */
export function serviceEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (!existsSync(secretFile)) {
    mkdirSync(dirname(secretFile), { recursive: true });
    writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return { JWT_SECRET: readFileSync(secretFile, 'utf8').trim(), ...env };
}
