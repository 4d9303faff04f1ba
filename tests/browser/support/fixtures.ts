import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_USERS } from '../../../services/gateway/src/seed/demo-data';

const repoRoot = join(__dirname, '..', '..', '..');

/** The demo users the stack seeds, by username. */
export const passwordOf = (username: string): string => {
  const user = DEMO_USERS.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user.password;
};

export interface BrowserFixtures {
  /** Signs in through the sign-in screen and waits for the home screen. */
  signIn(username: string, password?: string): Promise<void>;
  /** A screenshot in test-results, and in docs/screenshots with UPDATE_SCREENSHOTS=1. */
  shot(name: string): Promise<void>;
}

export const test = base.extend<BrowserFixtures>({
  // Playwright reads a fixture's dependencies from its first parameter, so it must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    const url = process.env.BROWSER_BASE_URL;
    if (!url) throw new Error('BROWSER_BASE_URL is not set: run through playwright.config.ts');
    await use(url);
  },

  signIn: async ({ page }, use) => {
    await use(async (username, password = passwordOf(username)) => {
      await page.goto('/login');
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(password);
      await page.getByRole('button', { name: '登录' }).click();
      await expect(page).not.toHaveURL(/\/login/);
    });
  },

  shot: async ({ page }, use, testInfo) => {
    await use(async (name) => {
      const file = `${name}-${testInfo.project.name}.png`;
      await page.screenshot({ path: testInfo.outputPath(file), fullPage: true });
      if (process.env.UPDATE_SCREENSHOTS) {
        const dir = join(repoRoot, 'docs', 'screenshots');
        mkdirSync(dir, { recursive: true });
        await page.screenshot({ path: join(dir, file), fullPage: true });
      }
    });
  },
});

/** Picks an option of an antd Select by its text (antd's own option elements are hidden). */
export async function choose(
  page: Page,
  label: string,
  option: string,
  within: Page | Locator = page,
): Promise<void> {
  await within.getByLabel(label, { exact: true }).click({ force: true });
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: new RegExp(`^[\\s\u3000]*${option}$`) })
    .click();
}

export { expect, type Page };
