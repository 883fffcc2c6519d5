import { expect, test } from '@playwright/test';
import { expectAccessible, login, state, url } from './state';
import { readPdf } from './pdf';

// The case file (Hồ sơ đính kèm) on screen: the desk attaches a scanned petition to the case it opened, an
// inspector of the unit sees it on the case page and opens it.

async function openComplaintAtDesk(subject: string): Promise<{ id: string; code: string }> {
  const s = state();
  const login = await fetch(`${s.base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: s.users.reception.username, password: s.password }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const res = await fetch(`${s.base}/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({
      kind: 'complaint',
      procedure: 'first_instance',
      channel: 'in_person',
      applicant: { fullName: 'Võ Thị Sáu', idNumber: '079090001234', address: '12 Lê Lợi, phường Bến Thành' },
      subject,
      content: `${subject}: nội dung chi tiết.`,
    }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; code: string };
}

/** A small, valid one-page PDF (correct xref offsets) with a line of text, as a scanner's output stands in. */
function scannedPetition(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

test('the desk attaches a scanned petition; an inspector of the unit sees and opens it', async ({ page }) => {
  const c = await openComplaintAtDesk('Khiếu nại việc cấp giấy phép xây dựng');
  const pdf = scannedPetition('Don khieu nai - ban scan');
  expect((await readPdf(pdf))[0]?.text).toContain('Don khieu nai');

  await login(page, state().users.reception.username);
  await page.goto(url(`/app/ho-so/${c.id}`));
  await expect(page.getByRole('heading', { name: c.code, level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hồ sơ đính kèm' })).toBeVisible();
  await expect(page.getByText('Chưa có tài liệu nào.')).toBeVisible();
  // The kind stays "Đơn" (the default); the file goes through the Dragger's file input.
  await expect(page.getByLabel('Loại tài liệu')).toBeVisible();
  await page
    .locator('.ant-upload input[type=file]')
    .setInputFiles({ name: 'Đơn khiếu nại.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(page.getByText('Đã tải lên Đơn khiếu nại.pdf.')).toBeVisible();
  const row = page.getByRole('row', { name: /Đơn khiếu nại\.pdf/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Đơn', exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Xóa' })).toBeVisible(); // the uploader, within the hour
  await page.getByRole('button', { name: 'Đăng xuất' }).click();

  await login(page, state().users.inspector.username);
  await page.goto(url(`/app/ho-so/${c.id}`));
  await expect(page.getByRole('heading', { name: c.code, level: 1 })).toBeVisible();
  const seen = page.getByRole('row', { name: /Đơn khiếu nại\.pdf/ });
  await expect(seen).toBeVisible();
  await expect(seen.getByRole('cell', { name: state().users.reception.fullName })).toBeVisible();
  await expect(seen.getByRole('button', { name: 'Xóa' })).toHaveCount(0); // not the uploader
  const link = seen.getByRole('link', { name: 'Đơn khiếu nại.pdf' });
  await expect(link).toHaveAttribute('target', '_blank');
  // Opening it: the same request the new tab makes, with the inspector's session cookie.
  const href = await link.getAttribute('href');
  const content = await page.request.get(url(href ?? ''));
  expect(content.status()).toBe(200);
  expect(content.headers()['content-type']).toContain('application/pdf');
  expect(content.headers()['content-disposition']).toMatch(/^inline/);
  expect((await readPdf(await content.body()))[0]?.text).toContain('Don khieu nai');
  await expect(page.locator('.ant-spin-blur')).toHaveCount(0);
  await expectAccessible(page);
});

// A 1x1 PNG (a photo of a paper handed in at the desk stands in).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('on the visit page the desk attaches a photo as evidence and takes it back', async ({ page }) => {
  const s = state();
  const auth = await fetch(`${s.base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: s.users.reception.username, password: s.password }),
  });
  const { accessToken } = (await auth.json()) as { accessToken: string };
  const created = await fetch(`${s.base}/receptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({
      visitedAt: new Date().toISOString(),
      visitorCount: 1,
      representatives: [{ fullName: 'Đặng Văn Lâm', idNumber: '079090007777' }],
      category: 'petition',
      subject: 'Kiến nghị sửa đường hẻm',
      content: 'Kiến nghị sửa đường hẻm 12',
      hostedBy: 'desk',
      outcome: 'guided',
    }),
  });
  expect(created.status).toBe(201);
  const visit = (await created.json()) as { id: string };

  await login(page, s.users.reception.username);
  await page.goto(url(`/app/tiep-cong-dan/${visit.id}`));
  await expect(page.getByRole('heading', { name: 'Hồ sơ đính kèm' })).toBeVisible();
  await page.getByLabel('Loại tài liệu').click();
  await page.locator('.ant-select-item-option', { hasText: 'Chứng cứ' }).click();
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0);
  await page
    .locator('.ant-upload input[type=file]')
    .setInputFiles({ name: 'anh-hem.png', mimeType: 'image/png', buffer: PNG });
  const row = page.getByRole('row', { name: /anh-hem\.png/ });
  await expect(row.getByRole('cell', { name: 'Chứng cứ', exact: true })).toBeVisible();
  await row.getByRole('button', { name: 'Xóa' }).click();
  await page.getByRole('button', { name: 'Xóa', exact: true }).last().click();
  await expect(page.getByText('Đã xóa tài liệu.')).toBeVisible();
  await expect(page.getByRole('row', { name: /anh-hem\.png/ })).toHaveCount(0);
});
