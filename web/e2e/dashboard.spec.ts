import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { DEMO_PASSWORD, seedDemoCity, type Unit } from './demo';
import { measureDashboardPaint, median, waterfall } from './paint';
import { choose, expectAccessible, login, SCREENSHOTS, state } from './state';

// The demo city's 2023 replayed through the services (seed:demo at a small scale), then read as its leaders do.
// The full-scale city's figures: `npm run bench:dashboard` (web/e2e/dashboard.bench.ts).

interface Row {
  kind: string;
  carriedOver: number | null;
  accepted: number | null;
  total: number;
  resolved: number;
  pending: number;
  resolvedOnTime: number;
  rateText: string | null;
}
/**
 * The goal is the dashboard with the year's chart painted within 1 s: the figure is printed on every run (and by
 * `npm run bench:dashboard` at full scale). The test fails only past a ceiling ten times the goal, a breakage
 * rather than a slow machine (guide: speed is reported, not asserted against the clock); set
 * DASHBOARD_PAINT_BUDGET_MS=1000 on an idle machine to hold the goal itself.
 */
const PAINT_GOAL_MS = 1000;
const PAINT_BUDGET_MS = Number(process.env.DASHBOARD_PAINT_BUDGET_MS ?? 10 * PAINT_GOAL_MS);

let token = '';
let city: Unit;
let ward: Unit;

async function apiGet<T>(path: string): Promise<T> {
  const response = await fetch(state().base + path, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** The city review's words, written out here independently of the screen's own composer. */
function expectedSentence(rows: Row[]): string {
  const r = (kind: string) => rows.find((x) => x.kind === kind)!;
  const n = (v: number) => v.toLocaleString('vi-VN');
  const ratio = (x: Row) => `${n(x.resolved)}/${n(x.total)} vụ${x.total > 0 ? ` đạt ${x.rateText}` : ''}`;
  const sum = r('complaint_denunciation');
  return (
    `Giải quyết khiếu nại ${ratio(r('complaint'))}; tố cáo ${ratio(r('denunciation'))} ` +
    `(tổng tỷ lệ giải quyết khiếu nại, tố cáo ${n(sum.resolved)}/${n(sum.total)} vụ` +
    `${sum.total > 0 ? `, đạt ${sum.rateText}` : ''}); phản ánh, kiến nghị, yêu cầu ${ratio(r('petition'))}. ` +
    `Giải quyết đúng và trước thời hạn ${n(r('civil_status').resolvedOnTime)}/${n(r('civil_status').total)} ` +
    `trường hợp đăng ký hộ tịch và ${n(r('certification').resolvedOnTime)}/${n(r('certification').total)} ` +
    `trường hợp chứng thực.`
  );
}

async function report(from: string, to: string, unitId: string) {
  return apiGet<{ rows: Row[] }>(`/reports/resolution?from=${from}&to=${to}&unitId=${unitId}`);
}

async function tokenOf(username: string): Promise<string> {
  const response = await fetch(`${state().base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(response.status, username).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function signIn(page: Page, username: string) {
  await login(page, username, DEMO_PASSWORD);
}

test.beforeAll(async () => {
  const s = state();
  const login = await fetch(`${s.base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: s.password }),
  });
  token = ((await login.json()) as { accessToken: string }).accessToken;
  const all = await seedDemoCity(token, 0.05);
  city = all.find((u) => u.code === 'TP2')!;
  ward = all.find((u) => u.code === 'TRANPHU2')!;
});

test('the city leader reads the year, follows a number to its cases, and downloads the Excel file', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const year = await report('2023-01-01', '2023-12-31', city.id);
  await signIn(page, 'chutich2');
  const address = `${state().base}/app/bao-cao?from=2023-01-01&to=2023-12-31`;
  await page.goto(address);
  const sentence = page.getByTestId('cau-bao-cao');
  await expect(sentence).toHaveText(expectedSentence(year.rows));
  await expect(page.getByRole('img', { name: /Biểu đồ mười hai tháng năm 2023/ })).toBeVisible();

  // First paint with the year's chart (web/e2e/paint.ts): the server warm from the load above, each
  // measurement in a new browser context with this session, the median of three; cold (a first visit: empty
  // HTTP cache) and warm (a leader coming back: files and compiled code cached by the browser).
  const session = await page.context().storageState();
  const runs = [];
  const warm = [];
  for (let i = 0; i < 3; i += 1) {
    runs.push(await measureDashboardPaint(browser, session, address));
    warm.push(await measureDashboardPaint(browser, session, address, 'warm'));
  }
  const firstPaint = median(runs.map((r) => r.ms));
  const warmPaint = median(warm.map((r) => r.ms));
  console.log(
    `dashboard with the year's chart: ${firstPaint} ms to first paint, cold cache (runs ${runs.map((r) => r.ms).join(', ')} ms; ` +
      `main thread CPU ${median(runs.map((r) => r.cpu.thread))} ms); ${warmPaint} ms warm (runs ${warm.map((r) => r.ms).join(', ')} ms; ` +
      `main thread CPU ${median(warm.map((r) => r.cpu.thread))} ms)`,
  );
  if (firstPaint >= PAINT_GOAL_MS) {
    console.log(waterfall(runs.find((r) => r.ms === firstPaint)!));
  }
  if (warmPaint >= PAINT_GOAL_MS) {
    console.log(waterfall(warm.find((r) => r.ms === warmPaint)!));
  }
  expect(firstPaint).toBeLessThan(PAINT_BUDGET_MS);
  expect(warmPaint).toBeLessThan(PAINT_BUDGET_MS);
  // The session and the first figures were asked for by the page's inline boot script (this browser's last user
  // reads reports), and the app took those answers rather than asking again: each API address once.
  for (const run of [...runs, ...warm]) {
    const api = run.fetched
      .map((f) => f.name)
      .filter((name) => /^\/(auth|reports|receptions|units)\b/.test(name));
    expect(api).toContain('/auth/me');
    expect(api).toContain('/reports/resolution?from=2023-01-01&to=2023-12-31');
    expect(new Set(api).size, api.join('\n')).toBe(api.length);
  }
  await expect(page.getByLabel('Kỳ báo cáo')).toBeVisible();
  await expect(page.getByText('Đối chiếu số liệu: khớp')).toBeVisible();

  const table = page.getByRole('table', { name: 'Kết quả giải quyết' });
  const complaint = year.rows.find((r) => r.kind === 'complaint')!;
  const complaintRow = table.getByRole('row', { name: /^Khiếu nại/ }).first();
  await expect(complaintRow.getByRole('cell').nth(3)).toHaveText(String(complaint.total));
  await expect(complaintRow.getByRole('cell').nth(4)).toHaveText(String(complaint.resolved));
  await expect(complaintRow.getByRole('cell').last()).toHaveText(complaint.rateText!);
  const comparison = page.getByRole('table', { name: 'So sánh các đơn vị trực thuộc' });
  await expect(comparison.getByRole('row')).toHaveCount(6);
  await expectAccessible(page);

  // A number opens the list of its cases, and a case its page.
  await page.getByRole('button', { name: `Khiếu nại: Tổng số ${complaint.total}` }).click();
  await expect(page).toHaveURL(/chi-tiet=complaint%3Atotal|chi-tiet=complaint:total/);
  const list = page.getByRole('dialog', { name: 'Khiếu nại: Tổng số' });
  const links = list.getByRole('table', { name: 'Danh sách hồ sơ' }).getByRole('link');
  await expect(links).toHaveCount(complaint.total);
  const code = (await links.first().textContent())!;
  await links.first().click();
  await expect(page).toHaveURL(/\/app\/ho-so\/[0-9a-f-]{36}$/);
  await page.goBack();
  await expect(page.getByRole('dialog', { name: 'Khiếu nại: Tổng số' }).getByText(code)).toBeVisible();
  await page.keyboard.press('Escape');

  // The Excel file of what is on screen, read back.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Xuất Excel' }).click();
  const file = await (await download).path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(file)) as unknown as ExcelJS.Buffer);
  const cells: unknown[][] = [];
  workbook.worksheets[0].eachRow((r) => cells.push((r.values as unknown[]).slice(1)));
  const flat = cells.map((r) => r.join('|'));
  expect(flat.some((line) => line.includes('Khiếu nại') && line.includes(complaint.rateText!))).toBe(true);
  expect(flat.some((line) => line.includes(String(complaint.total)))).toBe(true);
});

test('an official period is chosen by its fields and lands in the address', async ({ page }) => {
  const official = await report('2022-12-15', '2023-06-14', city.id);
  await signIn(page, 'chutich2');
  await page.goto(`${state().base}/app/bao-cao?from=2023-01-01&to=2023-12-31`);
  // The leader chooses on a finished page: the sub-units' comparison loads after the first paint.
  await expect(page.getByTestId('cau-bao-cao')).toBeVisible();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.getByLabel('Kỳ báo cáo').click();
  await page.locator('.ant-select-item-option', { hasText: 'Kỳ chính thức' }).click();
  await page.getByRole('combobox', { name: 'Tháng', exact: true }).click();
  await page.locator('.ant-select-item-option').getByText('Tháng 6', { exact: true }).click();
  await expect(page).toHaveURL(/from=2022-12-15&to=2023-06-14/);
  await expect(page.getByTestId('cau-bao-cao')).toHaveText(expectedSentence(official.rows));
});

test('a ward leader sees only the ward', async ({ page }) => {
  const wardYear = await report('2023-01-01', '2023-12-31', ward.id);
  await signIn(page, 'ct.tranphu2');
  await page.goto(`${state().base}/app/bao-cao?from=2023-01-01&to=2023-12-31`);
  await expect(page.getByTestId('cau-bao-cao')).toHaveText(expectedSentence(wardYear.rows));
  await expect(page.getByText(`— ${ward.name}`)).toBeVisible();
  await page.getByLabel('Đơn vị').click();
  await expect(page.locator('.ant-select-item-option')).toHaveText([ward.name]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('table', { name: 'So sánh các đơn vị trực thuộc' })).toHaveCount(0);
});

test('an inspector sees the dashboard of their own unit and cannot pick another', async ({ page }) => {
  // An inspector's reports count their own unit's cases only, not those of the wards under it (API.md).
  const inspector = await tokenOf('thanhtra2');
  const own = await fetch(`${state().base}/reports/resolution?from=2023-01-01&to=2023-12-31`, {
    headers: { authorization: `Bearer ${inspector}` },
  });
  expect(own.status).toBe(200);
  const ownYear = (await own.json()) as { rows: Row[] };
  await signIn(page, 'thanhtra2');
  await page.goto(`${state().base}/app/bao-cao?from=2023-01-01&to=2023-12-31`);
  await expect(page.getByTestId('cau-bao-cao')).toHaveText(expectedSentence(ownYear.rows));
  await expect(page.getByText(`— ${city.name}`)).toBeVisible();
  await page.getByLabel('Đơn vị').click();
  await expect(page.locator('.ant-select-item-option')).toHaveText([city.name]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('table', { name: 'So sánh các đơn vị trực thuộc' })).toHaveCount(0);
  await expect(page.getByText('Không tải được báo cáo.')).toHaveCount(0);
});

test('the admin creates a user who then signs in, and keeps units', async ({ page }) => {
  await login(page, 'admin');
  await page.goto(`${state().base}/app/quan-tri`);
  await expect(page.getByRole('heading', { name: 'Quản trị' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Người dùng' }).getByText('chutich2', { exact: true }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
  await dialog.getByLabel('Tên đăng nhập').fill('canbo.moi');
  await dialog.getByLabel('Họ và tên').fill('Đặng Thị Mới');
  await dialog.getByLabel('Mật khẩu').fill('Mat-khau-moi-2024');
  await choose(page, dialog, 'Vai trò', 'Lãnh đạo');
  await choose(page, dialog, 'Đơn vị', ward.name);
  await dialog.getByLabel('Thư điện tử').fill('canbo.moi@example.vn');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Người dùng' }).getByText('Đặng Thị Mới')).toBeVisible();

  await page.getByRole('tab', { name: 'Đơn vị' }).click();
  await expect(page).toHaveURL(/muc=don-vi/);
  await expect(page.getByText(`${ward.name} (TRANPHU2, Cấp xã)`)).toBeVisible();
  await expectAccessible(page);
  const other = (await apiGet<Unit[]>('/units')).find((u) => u.code === 'NGHIADUNG2')!;
  await page.getByRole('button', { name: `Đổi tên ${other.name}` }).click();
  const renameDialog = page.getByRole('dialog', { name: 'Đổi tên đơn vị' });
  await renameDialog.getByLabel('Tên').fill('UBND phường Nghĩa Dũng');
  await renameDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('UBND phường Nghĩa Dũng (NGHIADUNG2, Cấp xã)')).toBeVisible();
  expect((await apiGet<Unit[]>('/units')).find((u) => u.id === other.id)!.name).toBe(
    'UBND phường Nghĩa Dũng',
  );

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await login(page, 'canbo.moi', 'Mat-khau-moi-2024');
  await page.goto(`${state().base}/app/bao-cao?from=2023-01-01&to=2023-12-31`);
  await expect(page.getByText(`— ${ward.name}`)).toBeVisible();
});

test('a refused field in an admin form says why under it, in Vietnamese, and creates nothing', async ({
  page,
}) => {
  const users = () =>
    apiGet<{ total: number; items: { username: string; fullName: string }[] }>('/users?limit=200');
  const before = await users();
  await login(page, 'admin');
  await page.goto(`${state().base}/app/quan-tri`);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
  const fieldOf = (label: string) => dialog.locator('.ant-form-item').filter({ has: page.getByLabel(label) });
  await dialog.getByLabel('Tên đăng nhập').fill('canbo.ngan');
  await dialog.getByLabel('Họ và tên').fill('Phạm Văn Ngắn');
  await dialog.getByLabel('Mật khẩu').fill('1234567');
  await choose(page, dialog, 'Vai trò', 'Thanh tra');
  await expect(fieldOf('Vai trò')).toContainText('Thanh tra');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(fieldOf('Mật khẩu')).toContainText('Mật khẩu có ít nhất 8 ký tự.');
  await expect(fieldOf('Đơn vị')).toContainText(
    'Chọn đơn vị (mọi vai trò trừ Quản trị đều thuộc một đơn vị).',
  );
  await expect(fieldOf('Tên đăng nhập')).not.toContainText('Tên đăng nhập gồm');
  // A screen reader reads the reason with the field: the error describes its input, which is marked invalid.
  await expect(dialog.getByLabel('Mật khẩu')).toHaveAccessibleDescription('Mật khẩu có ít nhất 8 ký tự.');
  await expect(dialog.getByLabel('Mật khẩu')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Đơn vị')).toHaveAccessibleDescription(
    'Chọn đơn vị (mọi vai trò trừ Quản trị đều thuộc một đơn vị).',
  );
  await expect(dialog.getByLabel('Tên đăng nhập')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENSHOTS}admin-user-field-error.png`, animations: 'disabled' });

  // The API's refusal lands on its field too: a username already taken (409), the dialog kept open.
  await dialog.getByLabel('Mật khẩu').fill('Mat-khau-du-dai-2024');
  await choose(page, dialog, 'Đơn vị', ward.name);
  await dialog.getByLabel('Tên đăng nhập').fill('chutich2');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(fieldOf('Tên đăng nhập')).toContainText('Tên đăng nhập này đã có người dùng.');
  await expect(fieldOf('Mật khẩu')).not.toContainText('ít nhất 8 ký tự');
  await expect(dialog.getByLabel('Mật khẩu')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Tên đăng nhập')).toHaveAccessibleDescription(
    'Tên đăng nhập này đã có người dùng.',
  );
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Người dùng' }).getByText('Phạm Văn Ngắn')).toHaveCount(0);
  const after = await users();
  expect(after.total).toBe(before.total);
  expect(after.items.find((u) => u.username === 'chutich2')!.fullName).toBe(
    before.items.find((u) => u.username === 'chutich2')!.fullName,
  );
  expect(after.items.some((u) => u.username === 'canbo.ngan')).toBe(false);
});

test('the admin adds a day off seeing first which open cases it moves', async ({ page }) => {
  // A case received today: its acceptance deadline lies ahead, where a new day off moves it.
  const leaderToken = await tokenOf('chutich2');
  const opened = await fetch(`${state().base}/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${leaderToken}` },
    body: JSON.stringify({
      kind: 'complaint',
      procedure: 'first_instance',
      channel: 'in_person',
      applicant: { fullName: 'Nguyễn Văn An', phone: '0912345678', address: 'Tổ 5, phường Trần Phú' },
      subject: 'Khiếu nại quyết định thu hồi đất',
      content: 'Nội dung khiếu nại',
    }),
  });
  expect(opened.status).toBe(201);
  const open = (await opened.json()) as { id: string; code: string; dueDate: string };
  const before = await apiGet<{ openCases: number; cases: { code: string; newDueDate: string }[] }>(
    `/calendar/impact?date=${open.dueDate}&type=day_off`,
  );
  expect(before.openCases).toBeGreaterThan(0);

  await login(page, 'admin');
  await page.goto(`${state().base}/app/quan-tri?muc=lich-nghi`);
  await page.getByLabel('Năm').click();
  await page.locator('.ant-select-item-option', { hasText: open.dueDate!.slice(0, 4) }).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Thêm ngày' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm ngày' });
  await dialog.getByLabel('Ngày', { exact: true }).fill(open.dueDate!);
  await dialog.getByLabel('Tên').fill('Nghỉ bù thử nghiệm');
  await expect(dialog.getByText(`${before.openCases} hồ sơ đang giải quyết sẽ đổi hạn`)).toBeVisible();
  const moved = before.cases.find((c) => c.code === open.code)!;
  const row = dialog.getByRole('row', { name: new RegExp(open.code) });
  const dd = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
  await expect(row).toContainText(dd(open.dueDate!));
  await expect(row).toContainText(dd(moved.newDueDate));
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('region', { name: `Tháng ${Number(open.dueDate!.slice(5, 7))}` }),
  ).toContainText('Nghỉ bù thử nghiệm');
  const after = await apiGet<{ dueDate: string }>(`/cases/${open.id}`);
  expect(after.dueDate).toBe(moved.newDueDate);

  // Removing the day shows first what it moves back (type=none), then removes it.
  const undo = await apiGet<{ openCases: number; cases: { code: string; newDueDate: string }[] }>(
    `/calendar/impact?date=${open.dueDate}&type=none`,
  );
  const back = undo.cases.find((c) => c.code === open.code)!;
  expect(back.newDueDate).not.toBe(moved.newDueDate);
  await page.getByRole('button', { name: `Xóa ${dd(open.dueDate)}` }).click();
  const removal = page.getByRole('dialog', { name: 'Xóa ngày' });
  await expect(removal.getByText(`${undo.openCases} hồ sơ đang giải quyết sẽ đổi hạn`)).toBeVisible();
  const backRow = removal.getByRole('row', { name: new RegExp(open.code) });
  await expect(backRow).toContainText(dd(moved.newDueDate));
  await expect(backRow).toContainText(dd(back.newDueDate));
  await expectAccessible(page);
  await removal.getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(removal).toBeHidden();
  await expect(
    page.getByRole('region', { name: `Tháng ${Number(open.dueDate.slice(5, 7))}` }),
  ).not.toContainText('Nghỉ bù thử nghiệm');
  expect((await apiGet<{ dueDate: string }>(`/cases/${open.id}`)).dueDate).toBe(back.newDueDate);
});

test('the admin retries a failed mail', async ({ page }) => {
  const s = state();
  const insert = spawnSync(
    'psql',
    [
      s.databaseUrl,
      '-q',
      '-c',
      `INSERT INTO notification (dedupe_key, stage, template, recipient, status, attempts, last_error)
       VALUES ('web-e2e-failed', 'digest', 'digest', 'lanh.dao@example.vn', 'failed', 5, '550 mailbox unavailable')`,
    ],
    { encoding: 'utf8' },
  );
  expect(insert.status, insert.stderr).toBe(0);
  await login(page, 'admin');
  await page.goto(`${s.base}/app/quan-tri?muc=thu`);
  const row = page.getByRole('row', { name: /lanh\.dao@example\.vn/ });
  await expect(row).toContainText('Gửi lỗi');
  await expect(row).toContainText('550 mailbox unavailable');
  await expectAccessible(page);
  await row.getByRole('button', { name: 'Gửi lại' }).click();
  await expect(row).toContainText('Chờ gửi');

  await page.getByRole('tab', { name: 'Nhật ký' }).click();
  await expect(
    page.getByRole('table', { name: 'Nhật ký' }).getByText('notification.retry').first(),
  ).toBeVisible();
  await expectAccessible(page);
});
