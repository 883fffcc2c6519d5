import { bearer, type TestApp, type TestUser } from './test-app.js';

export const APPLICANT = {
  fullName: 'Nguyễn Văn An',
  idNumber: '051090001234',
  phone: '0912345678',
  email: 'an@example.vn',
  address: 'Tổ 5, phường 1',
};

export function caseBody(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'complaint',
    procedure: 'first_instance',
    channel: 'in_person',
    applicant: APPLICANT,
    subject: 'Khiếu nại quyết định thu hồi đất',
    content: 'Nội dung khiếu nại',
    ...fields,
  };
}

export async function openCase(
  t: TestApp,
  user: TestUser,
  fields: Record<string, unknown> = {},
): Promise<any> {
  const res = await t
    .http()
    .post('/cases')
    .set(...bearer(user.token))
    .send(caseBody(fields));
  if (res.status !== 201) {
    throw new Error(`open case failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body;
}

export async function act(
  t: TestApp,
  user: TestUser,
  id: string,
  action: string,
  body: Record<string, unknown> = {},
  expected = 201,
): Promise<any> {
  const res = await t
    .http()
    .post(`/cases/${id}/actions/${action}`)
    .set(...bearer(user.token))
    .send(body);
  if (res.status !== expected) {
    throw new Error(`${action} answered ${res.status}, expected ${expected}: ${JSON.stringify(res.body)}`);
  }
  return res.body;
}
