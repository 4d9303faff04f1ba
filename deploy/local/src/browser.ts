import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { InstallError, runInstallStep } from './run-command';

/** Debian's chromium, which Playwright drives (its own browser download is not reachable). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The fonts without which Chinese renders as boxes in screenshots and PDFs. */
const PACKAGES = ['chromium', 'fonts-noto-cjk'];

const installed = (name: string): boolean =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout.includes(
    'install ok installed',
  );

/** Installs Debian's chromium and CJK fonts when missing (`npm run infra -- browser`). */
export function ensureBrowser(): string {
  const missing = PACKAGES.filter((name) => !installed(name));
  if (missing.length === 0 && existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (process.env.CHROMIUM_PATH) {
    throw new InstallError(
      `CHROMIUM_PATH is ${CHROMIUM_PATH}, which is not there. What to do: point it at a chromium binary, or unset it`,
    );
  }
  if (process.getuid?.() !== 0) {
    throw new InstallError(
      `${missing.join(' and ')} not installed and this is not root. What to do: \`sudo apt-get install ${PACKAGES.join(' ')}\`, then run the tests again`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const remedy = "check that Debian's package archive is reachable (`apt-get update`), then retry";
  runInstallStep('apt-get update', 'apt-get', ['update', '-qq'], { env, remedy });
  runInstallStep(
    `installing Debian's ${missing.join(', ')}`,
    'apt-get',
    ['install', '-y', '-qq', '--no-install-recommends', ...missing],
    { env, remedy },
  );
  return CHROMIUM_PATH;
}
