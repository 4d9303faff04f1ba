import { waitFor } from '@opinion/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..', '..');

const LOG_TAIL_LINES = 40;
const STOP_GRACE_MS = 10_000;

/** One service of the product run from source as a child process, as deploy/local runs it. */
export class ServiceProcess {
  private readonly output: string[] = [];

  private constructor(
    readonly name: string,
    readonly url: string,
    private readonly child: ChildProcess,
  ) {
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding('utf8').on('data', (text: string) => this.output.push(text));
    }
  }

  static start(name: string, port: number, env: NodeJS.ProcessEnv): ServiceProcess {
    const entry = join(repoRoot, 'services', name, 'src', 'main.ts');
    const child = spawn(process.execPath, ['-r', '@swc-node/register', entry], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ServiceProcess(name, `http://127.0.0.1:${port}`, child);
  }

  /** Until /health answers 200; a process that exits first fails at once. */
  async healthy(timeoutMs: number): Promise<void> {
    await waitFor(async () => {
      if (this.child.exitCode !== null) {
        throw new Error(`${this.name} exited with ${this.child.exitCode}`);
      }
      const response = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(3_000) });
      if (!response.ok) throw new Error(`${this.name} /health answered ${response.status}`);
    }, timeoutMs);
  }

  /** SIGTERM lets the service close its consumers and connections; SIGKILL if it hangs. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }

  logTail(): string {
    const lines = this.output.join('').trimEnd().split('\n');
    return `--- ${this.name} (last ${LOG_TAIL_LINES} lines) ---\n${lines.slice(-LOG_TAIL_LINES).join('\n')}`;
  }
}
