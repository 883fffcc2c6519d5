import { jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { Clock } from '../../src/common/clock.js';
import { NOTIFICATION_QUEUE } from '../../src/notifications/notification-queue.js';
import { CITIZEN_NOTICE_ROUNDS } from '../../src/notifications/notification-producer.service.js';
import { openCase } from '../utils/cases.js';
import { TestSmtpServer, waitFor } from '../utils/smtp.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';
import { startWorker } from '../utils/worker.js';

const ATTEMPTS = 2;

/** Citizen notices survive an SMTP outage and are sent at any hour, unlike the staff reminders. */
describe('citizen notices after an outage', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let reception: TestUser;
  let worker: INestApplicationContext;
  // A Saturday evening: outside the staff send window (07:30-17:00 on working days).
  const now = new Date('2024-06-08T20:00:00+07:00');
  const clock = (): Date => now;

  const run = async (): Promise<{ ran: boolean; queued: number }> =>
    (
      await t
        .http()
        .post('/reminders/run')
        .set(...bearer(t.adminToken))
        .expect(200)
    ).body;
  const notice = async (
    caseId: string,
  ): Promise<{ id: string; status: string; attempts: number; last_error: string | null }> =>
    (
      await t.dataSource.query(
        `SELECT id, status, attempts, last_error FROM notification WHERE case_id = $1 AND stage = 'citizen_notice'`,
        [caseId],
      )
    )[0];
  const until = (caseId: string, status: string, attempts: number): Promise<void> =>
    waitFor(async () => {
      const row = await notice(caseId);
      return row.status === status && row.attempts === attempts;
    });

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_ATTEMPTS: String(ATTEMPTS), MAIL_BACKOFF_MS: '50' });
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(clock);
    reception = await t.createUser('reception', (await t.createUnit()).id);
    worker = await startWorker(t.config, clock);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await smtp.stop();
  });

  it('queues a pending citizen notice outside the send window (its job was lost)', async () => {
    await worker.close();
    const c = await openCase(t, reception, {
      receivedAt: '2024-06-08T19:00:00+07:00',
      applicant: { fullName: 'Lê Văn Đêm', email: 'dem@example.vn' },
    });
    await t.app.get<Queue>(getQueueToken(NOTIFICATION_QUEUE)).obliterate({ force: true });
    const sweep = await run();
    expect(sweep).toMatchObject({ ran: false, created: 0, digests: 0 });
    expect(sweep.queued).toBeGreaterThanOrEqual(1);
    worker = await startWorker(t.config, clock);
    await until(c.id, 'sent', 1);
    expect(smtp.mails.filter((m) => m.to[0] === 'dem@example.vn')).toHaveLength(1);
  });

  it('gives a notice that failed through an SMTP outage another round once the server is back', async () => {
    smtp.refuse(1000);
    const c = await openCase(t, reception, {
      receivedAt: '2024-06-08T19:00:00+07:00',
      applicant: { fullName: 'Trần Thị Chờ', email: 'cho@example.vn' },
    });
    await until(c.id, 'failed', ATTEMPTS);
    smtp.refuse(0);
    await run();
    await until(c.id, 'sent', ATTEMPTS + 1);
    expect(smtp.mails.filter((m) => m.to[0] === 'cho@example.vn')).toHaveLength(1);
  });

  it(`stops after ${CITIZEN_NOTICE_ROUNDS} rounds, and never stores a sealed address in any letter case`, async () => {
    smtp.refuse(1000, 'mailbox KIN@EXAMPLE.VN unavailable');
    const c = await openCase(t, reception, {
      kind: 'denunciation',
      procedure: null,
      receivedAt: '2024-06-08T19:00:00+07:00',
      applicant: { fullName: 'Võ Văn Kín', email: 'kin@example.vn' },
    });
    for (let round = 1; round <= CITIZEN_NOTICE_ROUNDS; round += 1) {
      await until(c.id, 'failed', ATTEMPTS * round);
      await run();
    }
    await run();
    await new Promise((r) => setTimeout(r, 300));
    const row = await notice(c.id);
    expect(row).toMatchObject({ status: 'failed', attempts: ATTEMPTS * CITIZEN_NOTICE_ROUNDS });
    expect(row.last_error).toContain('(sealed)');
    expect(row.last_error).not.toMatch(/kin@example\.vn/i);
    smtp.refuse(0);
  });
});
