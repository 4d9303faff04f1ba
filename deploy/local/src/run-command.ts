import { spawnSync } from 'node:child_process';

export class InstallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InstallError';
  }
}

/** Runs an install step in the foreground; on failure the error says what ran and what it printed. */
export function runInstallStep(
  description: string,
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; remedy: string },
): void {
  console.log(`  … ${description}`);
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-25);
    throw new InstallError(
      [
        `${description} failed (${command} ${args.join(' ')}): ${result.error?.message ?? `exit ${result.status}`}`,
        ...output.map((line) => `    ${line}`),
        `  What to do: ${options.remedy}`,
      ].join('\n'),
    );
  }
}

export function commandExists(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}
