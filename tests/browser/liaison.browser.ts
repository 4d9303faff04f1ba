import { writeFileSync } from 'node:fs';
import { importSheet } from '../e2e/support/import-sheet';
import { expect, test } from './support/fixtures';

/** Sheet rows (the header is row 1) that break a rule: no title, or an unknown urgency. */
const BAD_ROWS = [3, 40, 90, 150, 199];

test.describe('a liaison point (信息联系点)', () => {
  test('imports 200 rows with 5 bad ones, watches the progress, and reads the 5 row errors', async ({
    page,
    signIn,
    shot,
  }, testInfo) => {
    const file = testInfo.outputPath('东街街道-社情民意.xlsx');
    writeFileSync(file, await importSheet(200, BAD_ROWS));
    await signIn('liaison');
    await page.goto('/import');
    await expect(page.getByRole('link', { name: '下载导入模板' })).toBeVisible();
    await page.getByLabel('导入文件').setInputFiles(file);

    const progress = page.getByRole('region', { name: '导入进度' });
    await expect(progress).toBeVisible();
    await shot('liaison-import-progress');
    await expect(progress.getByTestId('import-status')).toHaveText('已完成', { timeout: 90_000 });
    await expect(progress).toContainText('已导入 195 条');
    await expect(progress).toContainText('失败 5 条');

    const report = page.getByRole('region', { name: '问题清单' });
    const rows = report.locator('tbody tr.ant-table-row');
    await expect(rows).toHaveCount(5);
    await expect(rows.first()).toContainText('3');
    await shot('liaison-import-report');
  });
});
