import { choose, expect, test } from './support/fixtures';

test.describe('an administrator (管理员)', () => {
  test('creates a member who can then sign in', async ({ page, signIn, shot }, testInfo) => {
    const username = `web-member-${testInfo.project.name}-${Date.now().toString(36)}`;
    const password = 'Qingsong-2026-park';
    await signIn('admin');
    await page.goto('/manage/users');
    const form = page.getByRole('form', { name: '新建用户' });
    await form.getByLabel('用户名', { exact: true }).fill(username);
    await form.getByLabel('初始密码', { exact: true }).fill(password);
    await form.getByLabel('姓名', { exact: true }).fill('孙委员');
    await choose(page, '角色', '委员', form);
    await choose(page, '所属组织', '某区政协', form);
    await shot('admin-create-user');
    await form.getByRole('button', { name: '创建用户' }).click();
    await expect(page.getByText('用户已创建')).toBeVisible();

    await page.context().clearCookies();
    await signIn(username, password);
    await expect(page.getByRole('link', { name: '报送信息' }).first()).toBeVisible();
    await shot('new-member-home');
  });
});
