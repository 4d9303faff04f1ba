import { DEMO_ITEMS } from '../../deploy/local/src/demo/items';
import { expect, test } from './support/fixtures';

/** A demo item the member sent themself (the similar panel shows only what they may see). */
const original = DEMO_ITEMS.find(
  (item) =>
    item.submitter === 'member' && !item.draft && !item.viaImport && !item.plantedDuplicateOf,
)!;

test.describe('a member (委员)', () => {
  test('sees a similar item while typing, submits, and finds it in my items with its timeline @phone', async ({
    page,
    signIn,
    shot,
  }, testInfo) => {
    await signIn('member');
    await page.goto('/submit');
    const title = `${original.title.replace(/的建议$/, '')}的补充建议（${testInfo.project.name}）`;
    await page.getByLabel('标题', { exact: true }).fill(title);
    await page.getByLabel('情况', { exact: true }).fill(original.situation);
    await page.getByLabel('问题', { exact: true }).fill(original.problem);

    const similar = page.getByRole('region', { name: '相似信息' });
    await expect(similar.getByText(original.title, { exact: true })).toBeVisible();
    await shot('member-submit-similar');

    await page.getByLabel('建议', { exact: true }).fill(original.suggestions);
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await expect(page.getByText('信息已报送')).toBeVisible();

    await page.goto('/mine');
    const mine = page.getByRole('region', { name: '我的信息列表' });
    await mine.getByText(title, { exact: true }).click();
    await expect(page).toHaveURL(/\/items\//);
    await expect(page.getByText('办理进程')).toBeVisible();
    await expect(page.getByText('报送', { exact: true }).first()).toBeVisible();
    await shot('member-item-timeline');
  });

  test("cannot open another member's item by its address", async ({ page, signIn, shot }) => {
    const others = DEMO_ITEMS.find((item) => item.submitter === 'member2' && !item.draft)!;
    // The address of another member's item, as an editor sees it in the inbox.
    await signIn('editor');
    await page.goto(`/inbox`);
    await page.getByLabel('关键词').fill(others.title);
    await page.getByRole('button', { name: '查询' }).click();
    const rows = page.getByRole('region', { name: '收件箱信息列表' });
    await rows.getByText(others.title, { exact: true }).click();
    await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}/);
    const address = new URL(page.url()).pathname;

    await page.context().clearCookies();
    await signIn('member');
    await page.goto(address);
    await expect(page.getByText('信息不存在，或您无权查看')).toBeVisible();
    await expect(page.getByText(others.situation)).toHaveCount(0);
    await shot('member-other-item-refused');
  });
});
