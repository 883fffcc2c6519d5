import { expect, test } from '@playwright/test';
import { expectAccessible, login, SCREENSHOTS, state, url } from './state';

async function openCaseByApi(): Promise<{ code: string; trackingPin: string }> {
  const s = state();
  const token = (
    (await (
      await fetch(`${s.base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: s.users.clerk.username, password: s.password }),
      })
    ).json()) as { accessToken: string }
  ).accessToken;
  const response = await fetch(`${s.base}/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      kind: 'certification',
      procedure: 'copy_from_original',
      channel: 'in_person',
      applicant: { fullName: 'Võ Thị Lan' },
      subject: 'Chứng thực bản sao bằng tốt nghiệp',
      content: '3 bản sao',
    }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { code: string; trackingPin: string };
}

test.describe.configure({ mode: 'serial' });

/**
 * The goal is 2 s from a cold cache to a usable login screen. The figure is printed on every run; the test fails
 * only past five times the goal, so a loaded machine does not fail it (`LOGIN_COLD_LOAD_BUDGET_MS=2000` on an idle
 * machine holds the goal itself).
 */
const COLD_LOAD_GOAL_MS = 2_000;
const COLD_LOAD_BUDGET_MS = Number(process.env.LOGIN_COLD_LOAD_BUDGET_MS ?? 5 * COLD_LOAD_GOAL_MS);

test('the first screen is usable soon after a cold load (goal 2 s, printed)', async ({ browser }) => {
  const context = await browser.newContext(); // empty cache
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(url('/app/dang-nhap'));
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeEnabled();
  await expect(page.getByLabel('Tên đăng nhập')).toBeFocused();
  const elapsed = Date.now() - started;
  console.log(`cold load of the login screen: ${elapsed} ms (goal ${COLD_LOAD_GOAL_MS} ms)`);
  expect(elapsed).toBeLessThan(COLD_LOAD_BUDGET_MS);
  await context.close();
});

test('the login refuses without saying why, keeps the session on reload and returns to the screen after expiry', async ({
  page,
}) => {
  await page.goto(url('/app/dang-nhap'));
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Tên đăng nhập').fill(state().users.leader.username);
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await page.getByLabel('Mật khẩu').press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'Đăng nhập không thành công. Kiểm tra lại tên đăng nhập và mật khẩu.',
  );

  // A deep link without a session goes to the login page and comes back after it.
  await page.goto(url('/app/ho-so/moi'));
  await expect(page).toHaveURL(/\/app\/dang-nhap\?next=%2Fho-so%2Fmoi/);
  await page.getByLabel('Tên đăng nhập').fill(state().users.leader.username);
  await page.getByLabel('Mật khẩu').fill(state().password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link')).toHaveText([
    'Tiếp công dân',
    'Hồ sơ',
    'Báo cáo',
  ]);

  // The session is an httpOnly cookie: it survives a reload, and scripts cannot read it.
  const cookie = (await page.context().cookies()).find((c) => c.name === 'cc_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  expect(await page.evaluate(() => document.cookie)).not.toContain('cc_session');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' })).toBeVisible();

  // An expired session (here: a cookie the server no longer accepts) returns to login, then back here.
  await page.context().addCookies([{ ...cookie!, value: 'expired.token.value' }]);
  await page.goto(url('/app/tiep-cong-dan?category=complaint'));
  await expect(page).toHaveURL(/\/app\/dang-nhap\?next=/);
  await login(page, state().users.leader.username);
  await page.goto(url('/app/tiep-cong-dan?category=complaint'));
  await expect(page.getByRole('heading', { name: 'Sổ tiếp công dân' })).toBeVisible();

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/app\/dang-nhap$/);
  await page.goto(url('/app/tiep-cong-dan'));
  await expect(page).toHaveURL(/\/app\/dang-nhap\?next=/);
});

test('a citizen looks a case up with the pin, a wrong pin, and reaches the rate limit', async ({ page }) => {
  const { code, trackingPin } = await openCaseByApi();
  await page.goto(url('/app/tra-cuu'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { name: 'Tra cứu hồ sơ' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Mã hồ sơ').fill(code.toLowerCase());
  await page.getByLabel('Mã tra cứu').fill(trackingPin);
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page.getByText(`Hồ sơ ${code}`)).toBeVisible();
  await expect(page.getByText('Đang giải quyết')).toBeVisible();
  await expect(page.getByText('Ngày hẹn trả kết quả')).toBeVisible();
  await expect(page.getByText('Võ Thị Lan')).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENSHOTS}lookup.png` });

  const wrong = trackingPin === '000000' ? '111111' : '000000';
  await page.getByLabel('Mã tra cứu').fill(wrong);
  await page.getByLabel('Mã tra cứu').press('Enter');
  await expect(
    page.getByText('Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này.', { exact: false }),
  ).toBeVisible();

  // 30 lookups a minute per address: the next ones read as a plain sentence.
  let limited = false;
  const submit = page.getByRole('button', { name: 'Tra cứu' });
  for (let i = 0; i < 35 && !limited; i += 1) {
    // The button ignores Enter while the previous lookup is still being shown.
    await expect(submit).not.toHaveClass(/ant-btn-loading/);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/public/cases/')),
      page.getByLabel('Mã tra cứu').press('Enter'),
    ]);
    limited = response.status() === 429;
  }
  expect(limited).toBe(true);
  await expect(page.getByText('Bạn đã tra cứu quá nhiều lần.', { exact: false })).toBeVisible();
  await expect(page.getByText(/Vui lòng thử lại sau \d+ phút\./)).toBeVisible();
});
