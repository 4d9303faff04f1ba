import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { logFile, pidFile } from './paths';

/** A zombie (exited, not yet reaped: containers often lack an init that reaps) counts as dead. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return true;
  const state = readFileSync(stat, 'utf8').split(') ')[1]?.[0];
  return state !== 'Z';
}

/** The pid this launcher recorded for a server, if that process still runs. */
export function runningPid(server: string): number | undefined {
  const file = pidFile(server);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return pid;
  rmSync(file, { force: true });
  return undefined;
}

/** Starts a server in the background, detached from this process, logging to .local/logs. */
export function startDetached(
  server: string,
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): number {
  for (const dir of [cwd, dirname(logFile(server)), dirname(pidFile(server))]) {
    mkdirSync(dir, { recursive: true });
  }
  const log = openSync(logFile(server), 'a');
  try {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', log, log] });
    if (child.pid === undefined) throw new Error(`could not start ${command} in ${cwd}`);
    // A crash after spawn shows up as a dead pid and the log tail, not as an unhandled event.
    child.on('error', () => undefined);
    child.unref();
    writeFileSync(pidFile(server), `${child.pid}\n`);
    return child.pid;
  } finally {
    closeSync(log);
  }
}

/** Stops only a process this launcher started (known by its pid file): TERM, then KILL. */
export async function stopByPidFile(server: string, graceMs = 20_000): Promise<boolean> {
  const pid = runningPid(server);
  if (pid === undefined) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(pidFile(server), { force: true });
  return true;
}

export function tailOfLog(server: string, lines = 30): string {
  const file = logFile(server);
  if (!existsSync(file)) return '(no log yet)';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}
