import { expect, test } from '@playwright/test';
import { expectAccessible, login, SCREENSHOTS, state } from './state';
import { readPdf } from './pdf';

// A morning at the desk: a group of twelve citizens hosted by the chairman, logged and turned into a case
// with the keyboard alone (no mouse click from the shortcut to the receipt), then the receipt printed.
test('a reception officer logs a group visit, opens its case and prints the receipt, by keyboard', async ({
  page,
}) => {
  await login(page, state().users.reception.username);
  await expect(page).toHaveURL(/\/app\/tiep-cong-dan$/);
  await expect(page.getByRole('heading', { name: 'Sổ tiếp công dân' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link')).toHaveText([
    'Tiếp công dân',
    'Hồ sơ',
  ]);
  await expect(page.getByText('Alt+N')).toBeVisible();
  await expectAccessible(page);

  await page.keyboard.press('Alt+N');
  const dialog = page.getByRole('dialog', { name: 'Ghi sổ tiếp công dân' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Số người').fill('12');
  const first = dialog.getByRole('group', { name: 'Người đại diện 1' });
  await first.getByLabel('Họ và tên').fill('Nguyễn Văn An');
  await first.getByLabel('Số định danh').fill('079090001234');
  await first.getByLabel('Số điện thoại').fill('0912345678');
  await first.getByLabel('Địa chỉ').fill('12 Lê Lợi, phường Bến Thành');
  await dialog.getByRole('button', { name: 'Thêm người đại diện' }).press('Enter');
  const second = dialog.getByRole('group', { name: 'Người đại diện 2' });
  await second.getByLabel('Họ và tên').fill('Trần Thị Bình');
  await dialog.getByLabel('Phân loại').press('Enter');
  await page.keyboard.type('Khiếu');
  await page.keyboard.press('Enter');
  await dialog.getByLabel('Trích yếu').fill('Khiếu nại về bồi thường khi thu hồi đất');
  await dialog.getByLabel('Nội dung').fill('Đoàn 12 hộ dân khiếu nại mức bồi thường dự án mở rộng đường.');
  await dialog.getByRole('radio', { name: 'Cán bộ tiếp dân' }).press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'Lãnh đạo' })).toBeChecked();
  await dialog.getByLabel('Lãnh đạo tiếp').press('Enter');
  await page.keyboard.type('Hùng');
  await page.keyboard.press('Enter');
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENSHOTS}visit-form.png`, animations: 'disabled' });
  await dialog.getByLabel('Trích yếu').press('Enter');

  await expect(page.getByRole('heading', { name: /Lượt tiếp công dân/ })).toBeVisible();
  await expect(page.getByText('Đoàn đông người')).toBeVisible();
  await expect(page.getByText('Lãnh đạo: Nguyễn Văn Hùng')).toBeVisible();
  await expect(page.getByText('Trần Thị Bình')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mở hồ sơ' })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' })).toBeVisible();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn An');
  await expect(page.getByLabel('Trích yếu')).toHaveValue('Khiếu nại về bồi thường khi thu hồi đất');
  await expectAccessible(page);
  await page.getByLabel('Trích yếu').press('Enter');

  const receipt = page.getByRole('article', { name: 'Giấy biên nhận' });
  await expect(receipt.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeVisible();
  await expect(receipt.getByText('Độc lập - Tự do - Hạnh phúc')).toBeVisible();
  await expect(receipt.getByText('PHƯỜNG BẾN THÀNH')).toBeVisible();
  const code = (await receipt.locator('dt:has-text("Mã hồ sơ") + dd').innerText()).trim();
  const pin = (await receipt.locator('dt:has-text("Mã tra cứu") + dd').innerText()).trim();
  expect(code).toMatch(/^KN-/);
  expect(pin).toMatch(/^\d{6}$/);
  await expect(receipt.getByText('Khiếu nại lần đầu')).toBeVisible();
  await expect(page.getByRole('button', { name: 'In' })).toBeVisible();
  await expectAccessible(page);
  await receipt.screenshot({ path: `${SCREENSHOTS}receipt.png` });

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = await readPdf(pdf);
  expect(pages).toHaveLength(1);
  expect(Math.round(pages[0].width)).toBe(420); // A5: 148 x 210 mm
  expect(Math.round(pages[0].height)).toBe(595);
  expect(pages[0].text).toContain(code);
  expect(pages[0].text).toContain(pin);
  await page.emulateMedia({ media: 'screen' });

  // The pin is shown once: the same receipt opened again has no pin.
  await page.reload();
  await expect(receipt.getByText(code)).toBeVisible();
  await expect(receipt.getByText(pin)).toHaveCount(0);

  // The visit now lists its case; the log shows the group.
  await page.goto(page.url().replace(/\/app\/.*/, '/app/tiep-cong-dan'));
  await expect(page.getByRole('link', { name: 'Khiếu nại về bồi thường khi thu hồi đất' })).toBeVisible();
  await expect(page.getByText('Đoàn 12 người')).toBeVisible();
  await expect(page.locator('.ant-spin-blur')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}desk.png`, animations: 'disabled' });
  await page.getByRole('link', { name: 'Khiếu nại về bồi thường khi thu hồi đất' }).click();
  await expect(page.getByRole('link', { name: code })).toBeVisible();
});

test('the intake form shows its field errors beside their fields, in Vietnamese', async ({ page }) => {
  await login(page, state().users.clerk.username);
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link')).toHaveText([
    'Hồ sơ',
  ]);
  await page.keyboard.press('Alt+H');
  await expect(page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' })).toBeVisible();
  await page.getByLabel('Loại hồ sơ').press('Enter');
  await page.keyboard.type('Hộ tịch');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Thủ tục')).toBeVisible();
  await page.getByLabel('Họ và tên').fill('Lê Thị Hoa');
  await page.getByLabel('Số định danh').fill('12345');
  await page.getByLabel('Trích yếu').press('Enter');
  await expect(page.getByText('Số định danh gồm 12 chữ số (căn cước) hoặc 9 chữ số (CMND).')).toBeVisible();
  await expect(page.getByText('Nhập trích yếu.')).toBeVisible();
  await expectAccessible(page);
});

test('a denunciation receipt never shows the denunciator', async ({ page }) => {
  await login(page, state().users.reception.username);
  await page.keyboard.press('Alt+H');
  await page.getByLabel('Loại hồ sơ').press('Enter');
  await page.keyboard.type('Tố cáo');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Đơn nặc danh')).toBeVisible();
  await page.getByLabel('Họ và tên').fill('Người Tố Cáo Bí Mật');
  await page.getByLabel('Nội dung').fill('Nội dung tố cáo');
  await page.getByLabel('Trích yếu').fill('Tố cáo cán bộ');
  await page.getByLabel('Trích yếu').press('Enter');
  const receipt = page.getByRole('article', { name: 'Giấy biên nhận' });
  await expect(receipt.getByText('Danh tính được bảo mật')).toBeVisible();
  await expect(page.getByText('Người Tố Cáo Bí Mật')).toHaveCount(0);
  await expect(receipt.locator('dt:has-text("Mã hồ sơ") + dd')).toHaveText(/^TC-/);
});

test('a visit that owes an Art. 28 reply says by when, and records the reply', async ({ page }) => {
  const s = state();
  const signedIn = await fetch(`${s.base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: s.users.reception.username, password: s.password }),
  });
  const { accessToken } = (await signedIn.json()) as { accessToken: string };
  const created = await fetch(`${s.base}/receptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({
      visitedAt: '2026-11-02T08:15:00+07:00',
      visitorCount: 1,
      representatives: [{ fullName: 'Đỗ Thị Mai' }],
      category: 'petition',
      subject: 'Kiến nghị sửa đường hẻm',
      content: 'Đường hẻm 45 ngập khi mưa',
      hostedBy: 'desk',
      outcome: 'case_opened',
    }),
  });
  expect(created.status).toBe(201);
  const visit = (await created.json()) as { id: string; replyDueDate: string | null };
  expect(visit.replyDueDate).not.toBeNull();
  const [y, m, d] = visit.replyDueDate!.split('-');

  await login(page, s.users.reception.username);
  await page.goto(`${s.base}/app/tiep-cong-dan?awaitingReply=true`);
  await page.getByRole('link', { name: 'Kiến nghị sửa đường hẻm' }).click();
  await expect(
    page.getByText(`Phải trả lời công dân trước ngày ${d}/${m}/${y} (Điều 28 Luật Tiếp công dân).`),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Ghi nhận đã trả lời' }).click();
  await expect(page.getByText('Đã ghi nhận việc trả lời công dân.')).toBeVisible();
  await expect(page.getByText(/Phải trả lời công dân trước ngày/)).toHaveCount(0);
  await expect(page.getByText(/đã trả lời \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
});
