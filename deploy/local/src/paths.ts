import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The checkout this launcher belongs to. */
export const repoRoot = resolve(__dirname, '..', '..', '..');

/**
 * Downloads and builds are kept per machine, outside the clone, so a second clone reuses them.
 * OPINION_CACHE_DIR moves the cache; XDG_CACHE_HOME is honoured as usual.
 */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.OPINION_CACHE_DIR) return resolve(env.OPINION_CACHE_DIR);
  return join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'opinion-pipeline');
}

/** Server data, logs and pid files live in the clone, under the git-ignored .local/. */
export const localRoot = join(repoRoot, '.local');
export const logDir = join(localRoot, 'logs');
export const runDir = join(localRoot, 'run');

export const dataDir = (server: string): string => join(localRoot, server);
export const logFile = (server: string): string => join(logDir, `${server}.log`);
export const pidFile = (server: string): string => join(runDir, `${server}.pid`);
