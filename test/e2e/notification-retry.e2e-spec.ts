import type { INestApplicationContext } from '@nestjs/common';
import { openCase } from '../utils/cases.js';
import { TestSmtpServer, waitFor } from '../utils/smtp.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';
import { startWorker } from '../utils/worker.js';

describe('POST /notifications/:id/retry', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let worker: INestApplicationContext;
  let leader: TestUser;
  let reception: TestUser;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_ATTEMPTS: '2', MAIL_BACKOFF_MS: '100' });
    const unitId = (await t.createUnit()).id;
    leader = await t.createUser('leader', unitId);
    reception = await t.createUser('reception', unitId);
    worker = await startWorker(t.config, () => new Date());
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await smtp.stop();
  });

  const statusOf = async (id: string): Promise<string> =>
    (await t.dataSource.query(`SELECT status FROM notification WHERE id = $1`, [id]))[0].status;
  const retry = (id: string, token = t.adminToken) =>
    t
      .http()
      .post(`/notifications/${id}/retry`)
      .set(...bearer(token));

  it('sends a failed mail again through the SMTP server, audited; only a failed one, only for admins', async () => {
    // The acknowledgement of intake, refused by the mail server on every attempt.
    smtp.refuse(1000);
    const c = await openCase(t, reception);
    let id = '';
    await waitFor(async () => {
      const rows = await t.dataSource.query(`SELECT id, status FROM notification WHERE case_id = $1`, [c.id]);
      id = rows[0]?.id ?? '';
      return rows[0]?.status === 'failed';
    });
    smtp.refuse(0);
    const received = (): number => smtp.mails.filter((m) => m.messageId === `<${id}@citizen-cases>`).length;
    expect(received()).toBe(0);

    await retry(id, leader.token).expect(403);
    expect(await statusOf(id)).toBe('failed');
    const res = await retry(id).expect(200);
    expect(res.body).toMatchObject({ id, caseId: c.id, stage: 'citizen_notice', attempts: 2 });
    expect(['pending', 'sent']).toContain(res.body.status);
    await waitFor(async () => (await statusOf(id)) === 'sent');
    expect(received()).toBe(1);
    expect(smtp.mails.find((m) => m.messageId === `<${id}@citizen-cases>`)?.to).toEqual(['an@example.vn']);

    const audit = await t.dataSource.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'notification.retry' AND entity_id = $1`,
      [id],
    );
    expect(audit).toEqual([{ actor_id: expect.any(String), details: { from: 'failed', to: 'pending' } }]);
    // A mail that is not failed is not retried, and nothing changes.
    const again = await retry(id).expect(409);
    expect(again.body.message).toMatch(/sent/);
    expect(await statusOf(id)).toBe('sent');
    await retry('00000000-0000-4000-8000-000000000000').expect(404);
    await retry('not-an-id').expect(400);
  });
});
