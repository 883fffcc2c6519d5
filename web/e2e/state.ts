import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface E2eState {
  base: string;
  databaseUrl: string;
  password: string;
  unitId: string;
  users: Record<
    'reception' | 'leader' | 'clerk' | 'inspector',
    { username: string; fullName: string; role: string }
  >;
}

/** What the global setup made, passed to the workers through the environment. */
export function state(): E2eState {
  return JSON.parse(process.env.WEB_E2E_STATE ?? 'null') as E2eState;
}

/** The address of a screen on the API under test. */
export function url(path: string): string {
  return state().base + path;
}

export const SCREENSHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;

/** Signs in through the login screen, as a user would. */
export async function login(page: Page, username: string, password = state().password): Promise<void> {
  await page.goto(url('/app/dang-nhap'));
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

/**
 * Chooses `option` in the select labelled `label` within `scope`, as a user would. A click on an option while
 * the list is still sliding in can be lost (the list stays open, nothing chosen: seen once in CI), so it is
 * clicked again until the list has closed on the choice.
 */
export async function choose(
  page: Page,
  scope: Page | Locator,
  label: string,
  option: string | RegExp,
): Promise<void> {
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await expect(async () => {
    if ((await open.count()) === 0) {
      await scope.getByLabel(label).click();
    }
    await open.locator('.ant-select-item-option', { hasText: option }).click({ timeout: 2_000 });
    await expect(open).toHaveCount(0, { timeout: 2_000 });
  }).toPass();
}

/** No serious or critical axe violation on the screen as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  // A Select's list is checked while open by its own keyboard tests, not in the middle of closing.
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0);
  // A dialog still fading in has its text at part opacity, which axe reads as too little contrast (it failed
  // so on a fast machine): check the screen once its animations have finished.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
    [],
  );
}
