import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, login, SCREENSHOTS, state, url } from './state';

// The worklist and the case page (UI.md), as an inspector, a leader, a clerk and a reception officer, against
// the real API. The cases are opened through the API (intake has its own tests); the work is done on screen.

type Role = 'reception' | 'leader' | 'clerk' | 'inspector';

async function token(role: Role): Promise<string> {
  const s = state();
  const res = await fetch(`${s.base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: s.users[role].username, password: s.password }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function call<T>(role: Role, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(state().base + path, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(role)}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) {
    throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  }
  return (await res.json()) as T;
}

interface Case {
  id: string;
  code: string;
  version: number;
}

function openComplaint(fullName: string, subject: string): Promise<Case> {
  return call<Case>('reception', 'POST', '/cases', {
    kind: 'complaint',
    procedure: 'first_instance',
    channel: 'in_person',
    applicant: { fullName, idNumber: '079090009999', address: '5 Hàm Nghi, phường Bến Thành' },
    subject,
    content: `${subject}: nội dung chi tiết.`,
  });
}

/** Waits for the dialog's opening animation (axe measures contrast on what is painted). */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}

async function openCasePage(page: Page, c: Case): Promise<void> {
  await page.goto(url(`/app/ho-so/${c.id}`));
  await expect(page.getByRole('heading', { name: c.code, level: 1 })).toBeVisible();
}

test('an inspector finds a case by a name typed without diacritics and accepts it', async ({ page }) => {
  const c = await openComplaint('Nguyễn Thị Hồng Nhung', 'Khiếu nại quyết định thu hồi đất nông nghiệp');
  await openComplaint('Lê Văn Tám', 'Khiếu nại về tiền bồi thường');
  await login(page, state().users.inspector.username);
  await expect(page).toHaveURL(/\/app\/ho-so$/);
  for (const tab of ['Của tôi', 'Chưa phân công', 'Sắp đến hạn', 'Quá hạn', 'Tất cả']) {
    await expect(page.getByRole('tab', { name: new RegExp(`^${tab} \\(\\d+\\)$`) })).toBeVisible();
  }
  for (const column of ['Mã hồ sơ', 'Trích yếu', 'Loại', 'Trạng thái', 'Hạn xử lý', 'Người xử lý']) {
    await expect(page.getByRole('columnheader', { name: column })).toBeVisible();
  }
  await page.getByLabel('Tìm kiếm').fill('nguyen thi hong nhung');
  await page.getByLabel('Tìm kiếm').press('Enter');
  await expect(page).toHaveURL(/q=nguyen\+thi\+hong\+nhung/);
  await expect(page.getByRole('link', { name: c.code })).toBeVisible();
  await expect(page.getByText('Khiếu nại về tiền bồi thường')).toHaveCount(0);
  await expect(page.getByText('Chưa phân công').last()).toBeVisible();
  await expect(page.locator('.ant-spin-blur')).toHaveCount(0);
  await expectAccessible(page);

  // The filters live in the address: a reload keeps them.
  await page.reload();
  await expect(page.getByLabel('Tìm kiếm')).toHaveValue('nguyen thi hong nhung');
  await expect(page.getByRole('link', { name: c.code })).toBeVisible();

  await page.getByRole('link', { name: c.code }).click();
  await expect(page.getByRole('heading', { name: c.code, level: 1 })).toBeVisible();
  for (const section of ['Thông tin', 'Tiến trình', 'Thời hạn']) {
    await expect(page.getByRole('heading', { name: section, level: 2 })).toBeVisible();
  }
  await expect(page.getByText(/^Quy định: \d+ ngày làm việc \(NĐ 124\/2020/)).toBeVisible();
  await expect(page.getByText('Nguyễn Thị Hồng Nhung')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Thụ lý', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Thụ lý' });
  await expect(dialog.getByLabel('Mức độ phức tạp')).toBeVisible();
  await expect(dialog.getByLabel('Ngày thực hiện')).toBeVisible();
  await settled(page);
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Thụ lý' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Đang giải quyết').first()).toBeVisible();
  await expect(page.getByText('Đã tiếp nhận → Đang giải quyết')).toBeVisible();
  await expect(
    page.getByText(/Trần Thị Thanh Tra · thực hiện \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/),
  ).toBeVisible();
  await expect(page.getByText('Hạn giải quyết', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Thụ lý', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Kết thúc giải quyết' })).toBeVisible();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}case.png`, fullPage: true, animations: 'disabled' });
});

test('a leader assigns a case by a name typed without diacritics', async ({ page }) => {
  const c = await openComplaint('Phan Văn Lộc', 'Khiếu nại việc cấp giấy chứng nhận');
  // A complaint received weeks ago and never accepted: overdue, told by text and icon as well as colour.
  const late = await call<Case>('reception', 'POST', '/cases', {
    kind: 'petition',
    procedure: 'feedback',
    channel: 'mail',
    receivedAt: '2026-10-01T09:00:00+07:00',
    applicant: { fullName: 'Trương Văn Muộn' },
    subject: 'Phản ánh đèn đường hỏng',
    content: 'Đèn đường hẻm 12 hỏng',
  });
  await login(page, state().users.leader.username);
  await page.getByRole('tab', { name: /^Chưa phân công/ }).click();
  await expect(page).toHaveURL(/tab=chua-phan-cong/);
  await expect(page.getByRole('link', { name: c.code })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(late.code) })).toContainText(/Quá hạn \d+ ngày/);
  await expect(page.getByRole('row').nth(1)).toContainText(late.code); // the earliest due date first
  await expect(page.locator('.ant-spin-blur')).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENSHOTS}worklist.png`, animations: 'disabled' });
  await page.getByRole('link', { name: c.code }).click();
  await page.getByRole('button', { name: 'Phân công' }).click();
  const dialog = page.getByRole('dialog', { name: 'Phân công' });
  await dialog.getByLabel('Người xử lý').fill('thanh tra');
  await expect(page.locator('.ant-select-item-option')).toHaveText(['Trần Thị Thanh Tra']);
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Phân công' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(
    page.locator('.ant-descriptions-item-content', { hasText: 'Trần Thị Thanh Tra' }),
  ).toBeVisible();

  // The inspector now finds it under "Của tôi".
  const assigned = await call<{ assigneeId: string }>('leader', 'GET', `/cases/${c.id}`);
  expect(assigned.assigneeId).not.toBeNull();

  // The procedure and received-date filters live in the address too: a reload keeps them.
  await page.goto(url('/app/ho-so?kind=petition'));
  await page.getByLabel('Thủ tục').click();
  await page.locator('.ant-select-item-option', { hasText: /^Phản ánh$/ }).click();
  await expect(page).toHaveURL(/procedure=feedback/);
  await page.getByLabel('Nhận đến ngày').fill('02/10/2026');
  await page.getByLabel('Nhận đến ngày').press('Enter');
  await expect(page).toHaveURL(/receivedTo=2026-10-02/);
  await page.reload();
  await expect(page).toHaveURL(/kind=petition.*procedure=feedback.*receivedTo=2026-10-02/);
  await expect(page.getByLabel('Nhận đến ngày')).toHaveValue('02/10/2026');
  await expect(page.getByRole('link', { name: late.code })).toBeVisible();
  await expect(page.getByRole('link', { name: c.code })).toHaveCount(0);
});

test('a second browser changes the case meanwhile: the first shows the 409 message and the fresh state', async ({
  page,
  browser,
}) => {
  const c = await openComplaint('Võ Thị Sáu', 'Khiếu nại về xử phạt hành chính');
  await login(page, state().users.leader.username);
  await openCasePage(page, c);
  await expect(page.getByText('Đã tiếp nhận').first()).toBeVisible();

  const other = await browser.newContext();
  const second = await other.newPage();
  await login(second, state().users.inspector.username);
  await openCasePage(second, c);
  await second.getByRole('button', { name: 'Thụ lý', exact: true }).click();
  await second.getByRole('dialog', { name: 'Thụ lý' }).getByRole('button', { name: 'Thụ lý' }).click();
  await expect(second.getByRole('button', { name: 'Tạm đình chỉ' })).toBeVisible();
  await other.close();

  await page.getByRole('button', { name: 'Không thụ lý' }).click();
  const dialog = page.getByRole('dialog', { name: 'Không thụ lý' });
  await dialog.getByLabel('Lý do').fill('Không thuộc thẩm quyền');
  await dialog.getByRole('button', { name: 'Không thụ lý' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Hồ sơ đã được người khác cập nhật' }),
  ).toBeVisible();
  await expect(page.getByText('Đã tiếp nhận → Đang giải quyết')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Không thụ lý' })).toHaveCount(0);
  const fresh = await call<{ status: string }>('leader', 'GET', `/cases/${c.id}`);
  expect(fresh.status).toBe('in_progress');
});

test('a reception officer sees no action buttons on a case she opened', async ({ page }) => {
  const c = await openComplaint('Đặng Văn Lâm', 'Khiếu nại về cấp phép xây dựng');
  await login(page, state().users.reception.username);
  await openCasePage(page, c);
  await expect(page.getByRole('heading', { name: 'Thời hạn', level: 2 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Thao tác' })).toHaveCount(0);
  for (const name of ['Thụ lý', 'Không thụ lý', 'Chuyển đơn', 'Phân công', 'Rút đơn']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
});

test('a sealed denunciation shows no identity until "Xem danh tính", and the reveal is audited', async ({
  page,
}) => {
  const visit = await call<{ id: string }>('reception', 'POST', '/receptions', {
    visitedAt: new Date().toISOString(),
    visitorCount: 1,
    representatives: [{ fullName: 'Hoàng Bí Mật', idNumber: '079090005555' }],
    category: 'denunciation',
    subject: 'Tố cáo cán bộ địa chính',
    content: 'Tố cáo cán bộ nhận tiền',
    hostedBy: 'desk',
    outcome: 'case_opened',
  });
  const c = await call<Case>('reception', 'POST', `/receptions/${visit.id}/cases`, {
    kind: 'denunciation',
    channel: 'in_person',
    subject: 'Tố cáo cán bộ địa chính',
    content: 'Tố cáo cán bộ nhận tiền',
  });
  await login(page, state().users.leader.username);
  await openCasePage(page, c);
  await expect(page.getByText('Danh tính người tố cáo được bảo mật')).toBeVisible();
  await expect(page.getByText('Hoàng Bí Mật')).toHaveCount(0);
  await page.getByRole('button', { name: 'Xem danh tính' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xem danh tính' });
  await dialog.getByLabel('Lý do xem').fill('Xác minh nội dung tố cáo');
  await dialog.getByRole('button', { name: 'Xem danh tính' }).click();
  await expect(page.getByText('Hoàng Bí Mật')).toBeVisible();

  const admin = await fetch(`${state().base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: state().password }),
  });
  const { accessToken } = (await admin.json()) as { accessToken: string };
  const audit = await fetch(`${state().base}/audit?action=case.identity.read&entityId=${c.id}`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  const rows = ((await audit.json()) as { items: { details: unknown }[] }).items;
  expect(JSON.stringify(rows)).toContain('Xác minh nội dung tố cáo');

  // Reception, who may not reveal it, gets no button.
  await login(page, state().users.reception.username);
  await openCasePage(page, c);
  await expect(page.getByText('Danh tính người tố cáo được bảo mật')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xem danh tính' })).toHaveCount(0);
});

async function openDenunciation(name: string, subject: string): Promise<Case> {
  const visit = await call<{ id: string }>('reception', 'POST', '/receptions', {
    visitedAt: new Date().toISOString(),
    visitorCount: 1,
    representatives: [{ fullName: name, idNumber: '079090007777', address: '9 Pasteur' }],
    category: 'denunciation',
    subject,
    content: `${subject}: chi tiết`,
    hostedBy: 'desk',
    outcome: 'case_opened',
  });
  return call<Case>('reception', 'POST', `/receptions/${visit.id}/cases`, {
    kind: 'denunciation',
    channel: 'in_person',
    subject,
    content: `${subject}: chi tiết`,
  });
}

function ddmmyyyy(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

test('a leader extends a denunciation within the legal maximum, suspends, resumes and resolves it', async ({
  page,
}) => {
  const opened = await openDenunciation('Tạ Văn Kín', 'Tố cáo sai phạm đấu thầu');
  await call('leader', 'POST', `/cases/${opened.id}/actions/accept`, {
    complexity: 'complex',
    version: opened.version,
  });
  const before = await call<{ dueDate: string }>('leader', 'GET', `/cases/${opened.id}`);
  await login(page, state().users.leader.username);
  await openCasePage(page, opened);

  await page.getByRole('button', { name: 'Gia hạn' }).click();
  const extend = page.getByRole('dialog', { name: 'Gia hạn' });
  await expect(extend.getByText(/Tối đa 30 ngày theo quy định/)).toBeVisible();
  await expect(extend.getByLabel('Số ngày gia hạn')).toHaveValue('30');
  await extend.getByLabel('Số ngày gia hạn').fill('31');
  await extend.getByLabel('Lý do').fill('Vụ việc phức tạp, cần xác minh thêm');
  await extend.getByRole('button', { name: 'Gia hạn' }).click();
  await expect(extend.getByRole('alert')).toContainText(
    'Số ngày gia hạn vượt quá mức tối đa pháp luật cho phép (30 ngày)',
  );
  await extend.getByLabel('Số ngày gia hạn').fill('30');
  await extend.getByRole('button', { name: 'Gia hạn' }).click();
  await expect(extend).toHaveCount(0);
  const after = await call<{ dueDate: string }>('leader', 'GET', `/cases/${opened.id}`);
  expect(after.dueDate > before.dueDate).toBe(true);
  await expect(page.getByText(`Hạn đang chạy: ${ddmmyyyy(after.dueDate)}`)).toBeVisible();
  await expect(page.getByText('Các lần gia hạn: 30 ngày')).toBeVisible();

  await page.getByRole('button', { name: 'Tạm đình chỉ' }).click();
  const suspend = page.getByRole('dialog', { name: 'Tạm đình chỉ' });
  await suspend.getByLabel('Lý do').fill('Chờ kết quả giám định');
  await suspend.getByRole('button', { name: 'Tạm đình chỉ' }).click();
  await expect(page.getByText('Đang giải quyết → Tạm đình chỉ')).toBeVisible();

  await page.getByRole('button', { name: 'Tiếp tục giải quyết' }).click();
  await page
    .getByRole('dialog', { name: 'Tiếp tục giải quyết' })
    .getByRole('button', { name: 'Tiếp tục giải quyết' })
    .click();
  await expect(page.getByText('Tạm đình chỉ → Đang giải quyết')).toBeVisible();

  await page.getByRole('button', { name: 'Kết thúc giải quyết' }).click();
  const resolve = page.getByRole('dialog', { name: 'Kết thúc giải quyết' });
  await resolve.getByLabel('Kết quả giải quyết').press('Enter');
  await page.keyboard.type('Đúng một phần');
  await page.keyboard.press('Enter');
  await resolve.getByLabel('Tóm tắt kết quả').fill('Tố cáo đúng một phần');
  await resolve.getByLabel('Số quyết định').fill('12/QĐ-UBND');
  await resolve.getByRole('button', { name: 'Kết thúc giải quyết' }).click();
  await expect(page.getByText('Đang giải quyết → Đã giải quyết')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Thao tác' })).toHaveCount(0);
  const done = await call<{ status: string; outcome: string }>('leader', 'GET', `/cases/${opened.id}`);
  expect(done).toMatchObject({ status: 'resolved', outcome: 'partly_upheld' });
});

test('an inspector adds an internal note and corrects the subject, both in the timeline', async ({
  page,
}) => {
  const c = await openComplaint('Lý Thị Mai', 'Khiếu nại về thuế đất');
  await login(page, state().users.inspector.username);
  await openCasePage(page, c);
  await page.getByLabel('Ghi chú nội bộ').fill('Đã gọi điện hẹn công dân đến làm việc');
  await page.getByRole('button', { name: 'Thêm ghi chú' }).click();
  await expect(page.getByText('Ghi chú nội bộ', { exact: true }).last()).toBeVisible();
  await expect(page.getByText('Đã gọi điện hẹn công dân đến làm việc')).toBeVisible();

  await page.getByRole('button', { name: 'Sửa thông tin' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sửa thông tin' });
  await dialog.getByLabel('Trích yếu').fill('Khiếu nại về tiền thuê đất');
  await dialog.getByLabel('Số điện thoại').fill('0987654321');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Sửa thông tin hồ sơ', { exact: true })).toBeVisible();
  await expect(page.getByText('Đã sửa: trích yếu, số điện thoại')).toBeVisible();
  await expect(page.getByText('0987654321')).toBeVisible();
  const fixed = await call<{ subject: string }>('inspector', 'GET', `/cases/${c.id}`);
  expect(fixed.subject).toBe('Khiếu nại về tiền thuê đất');
});

test('the clerk returns a certification result from the list', async ({ page }) => {
  const c = await call<Case>('clerk', 'POST', '/cases', {
    kind: 'certification',
    procedure: 'copy_from_original',
    channel: 'in_person',
    applicant: { fullName: 'Bùi Thị Xuân' },
    subject: 'Chứng thực bản sao sổ hộ khẩu',
    content: 'Chứng thực 3 bản sao',
  });
  await login(page, state().users.clerk.username);
  await page.getByLabel('Tìm kiếm').fill('bui thi xuan');
  await page.getByLabel('Tìm kiếm').press('Enter');
  await page.getByRole('button', { name: `Trả kết quả ${c.code}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Trả kết quả' });
  await dialog.getByLabel('Kết quả giải quyết').press('Enter');
  await page.keyboard.type('Đã giải quyết');
  await page.keyboard.press('Enter');
  await dialog.getByLabel('Tóm tắt kết quả').fill('Đã cấp 3 bản sao');
  await dialog.getByRole('button', { name: 'Trả kết quả' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('row', { name: new RegExp(c.code) }).getByText('Đã giải quyết')).toBeVisible();
  const done = await call<{ status: string; outcome: string }>('clerk', 'GET', `/cases/${c.id}`);
  expect(done).toMatchObject({ status: 'resolved', outcome: 'completed' });
});
