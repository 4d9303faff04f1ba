import { DEMO_ITEMS } from '../../deploy/local/src/demo/items';
import { choose, expect, test } from './support/fixtures';

/** A planted repeat of another demo item, which triage flags as its duplicate. */
const repeat = DEMO_ITEMS.find((item) => item.plantedDuplicateOf && !item.draft)!;

test.describe('an editor (信息编辑)', () => {
  test('filters the inbox by domain and opens an item with its duplicates', async ({
    page,
    signIn,
    shot,
  }) => {
    await signIn('editor');
    await page.goto('/inbox');
    const list = page.getByRole('region', { name: '收件箱信息列表' });
    await expect(list.getByRole('row').nth(1)).toBeVisible();
    await shot('editor-inbox');

    // The repeat's row, with triage's label and its duplicate mark.
    await page.getByLabel('只看疑似重复').check();
    await page.getByRole('button', { name: '查询' }).click();
    const row = list.getByRole('row').filter({ hasText: repeat.title });
    await expect(row.getByText('疑似重复')).toBeVisible();
    const label = (await row.locator('.ant-tag-geekblue').last().textContent())!.trim();

    await page.getByRole('button', { name: '重置' }).click();
    await choose(page, '分类', label);
    await page.getByRole('button', { name: '查询' }).click();
    await expect(list.getByRole('row').filter({ hasText: repeat.title })).toBeVisible();
    const rows = list.getByRole('row').filter({ has: page.locator('.ant-tag') });
    for (const each of await rows.all()) await expect(each).toContainText(label);
    await shot('editor-inbox-by-domain');

    await list.getByRole('link', { name: repeat.title, exact: true }).click();
    const triage = page.getByRole('region', { name: '智能研判' });
    await expect(triage.getByText(label, { exact: true }).first()).toBeVisible();
    await expect(triage.getByText('疑似重复').first()).toBeVisible();
    await triage.getByRole('button', { name: '对照查看' }).first().click();
    const original = DEMO_ITEMS.find((item) => item.id === repeat.plantedDuplicateOf)!;
    // Side by side: this item and the one it repeats.
    await expect(page.getByText('相似信息对照')).toBeVisible();
    await expect(page.getByText(original.situation, { exact: true })).toBeVisible();
    await shot('editor-item-duplicates');
  });
});
