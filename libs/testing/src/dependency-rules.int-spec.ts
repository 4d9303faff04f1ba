import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repoRoot = join(__dirname, '..', '..', '..');
const depcruise = join(repoRoot, 'node_modules', '.bin', 'depcruise');

/** Lays out a throwaway tree and runs the project's rule set over it. */
async function cruise(files: Record<string, string>): Promise<{ code: number; output: string }> {
  const root = mkdtempSync(join(tmpdir(), 'depcruise-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const args = ['--config', join(repoRoot, '.dependency-cruiser.cjs'), 'services'];
    return await run(depcruise, args, { cwd: root }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: error.stdout + error.stderr,
      }),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('dependency rules', () => {
  it('fail when one service imports another', async () => {
    const result = await cruise({
      'services/intake/src/a.ts':
        "import { b } from '../../editorial/src/b';\nexport const a = b;\n",
      'services/editorial/src/b.ts': 'export const b = 1;\n',
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('no-cross-service-imports');
  });

  it('fail when domain code imports infrastructure', async () => {
    const result = await cruise({
      'services/intake/src/domain/rule.ts':
        "import { store } from '../infrastructure/store';\nexport const rule = store;\n",
      'services/intake/src/infrastructure/store.ts': 'export const store = 1;\n',
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('pure-domain-no-infrastructure');
  });

  it('pass for a service that imports only itself', async () => {
    const result = await cruise({
      'services/intake/src/a.ts': "import { b } from './b';\nexport const a = b;\n",
      'services/intake/src/b.ts': 'export const b = 1;\n',
    });
    expect(result).toEqual({ code: 0, output: expect.any(String) });
  });
});
