import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repoRoot = join(__dirname, '..', '..');

describe('the local stack', () => {
  it('reports every server healthy through `npm run infra -- status`', async () => {
    const { stdout } = await run(
      process.execPath,
      [join(repoRoot, 'deploy/local/infra.js'), 'status'],
      {
        cwd: repoRoot,
      },
    );
    const lines = stdout.trim().split('\n');
    expect(lines.slice(0, 3).map((line) => line.split(/\s+/).slice(0, 2))).toEqual([
      ['kafka', 'healthy'],
      ['secantusdb', 'healthy'],
      ['redis', 'healthy'],
    ]);
  });

  it('rejects an unknown launcher command with usage and exit code 2', async () => {
    await expect(
      run(process.execPath, [join(repoRoot, 'deploy/local/infra.js'), 'explode'], {
        cwd: repoRoot,
      }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('usage: npm run infra') });
  });
});
