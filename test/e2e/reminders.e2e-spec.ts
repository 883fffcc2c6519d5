import { jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { Clock } from '../../src/common/clock.js';
import { NOTIFICATION_QUEUE } from '../../src/notifications/notification-queue.js';
import { act, openCase } from '../utils/cases.js';
import { TestSmtpServer, waitFor } from '../utils/smtp.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';
import { startWorker } from '../utils/worker.js';

describe('reminders and mail', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let now = new Date('2024-03-20T09:00:00+07:00');
  let inspector: TestUser;
  let leader: TestUser;
  let reception: TestUser;
  let unitId: string;
  const workers: INestApplicationContext[] = [];

  const clock = (): Date => now;
  const run = async (): Promise<{ ran: boolean; created: number; queued: number }> =>
    (
      await t
        .http()
        .post('/reminders/run')
        .set(...bearer(t.adminToken))
        .expect(200)
    ).body;
  // The reminders of a case's current deadline (the worker's own scheduled sweep may also have run at its start,
  // at the mocked time, and reminded an earlier deadline of the same case: those rows are not counted here).
  const CURRENT = `case_id = $1 AND stage <> 'citizen_notice'
    AND deadline_version = (SELECT deadline_version FROM citizen_case WHERE id = $1)`;
  const rows = (caseId: string): Promise<{ stage: string; recipient: string; status: string }[]> =>
    t.dataSource.query(
      `SELECT stage, recipient, status, deadline_version FROM notification WHERE ${CURRENT} ORDER BY stage, recipient`,
      [caseId],
    );
  /** How many times the SMTP server received the mail of each reminder row of a case (by Message-ID). */
  const deliveries = async (caseId: string): Promise<number[]> => {
    const ids: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM notification WHERE ${CURRENT} ORDER BY stage`,
      [caseId],
    );
    return ids.map(({ id }) => smtp.mails.filter((m) => m.messageId === `<${id}@citizen-cases>`).length);
  };
  const settled = (): Promise<void> =>
    waitFor(async () => {
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM notification WHERE status = 'pending'`,
      );
      return n === 0;
    });

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_ATTEMPTS: '4', MAIL_BACKOFF_MS: '200' });
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(clock);
    unitId = (await t.createUnit({ level: 'district' })).id;
    inspector = await t.createUser('inspector', unitId, { email: 'thanhtra@ubnd.vn' });
    leader = await t.createUser('leader', unitId, { email: 'chutich@ubnd.vn' });
    reception = await t.createUser('reception', unitId);
    workers.push(await startWorker(t.config, clock));
  });
  afterAll(async () => {
    for (const w of workers) {
      await w.close();
    }
    await t.close();
    await smtp.stop();
  });

  it('sends one mail per stage and recipient to a long-overdue case, and nothing on a second sweep', async () => {
    // Accepted 2024-02-01: 30 days -> due 2024-03-02 (Sat) rolled to Mon 2024-03-04; on 2024-03-20 long overdue.
    const c = await openCase(t, reception, {
      receivedAt: '2024-01-29T09:00:00+07:00',
      applicant: { fullName: 'Lê Văn B' },
    });
    await act(t, leader, c.id, 'assign', {
      assigneeId: inspector.id,
      occurredAt: '2024-01-30T09:00:00+07:00',
    });
    await act(t, inspector, c.id, 'accept', { occurredAt: '2024-02-01T09:00:00+07:00' });
    const first = await run();
    expect(first.ran).toBe(true);
    await settled();
    expect(await rows(c.id)).toEqual([
      expect.objectContaining({ stage: 'escalation', recipient: 'chutich@ubnd.vn', status: 'sent' }),
      expect.objectContaining({ stage: 'overdue', recipient: 'thanhtra@ubnd.vn', status: 'sent' }),
    ]);
    expect(await deliveries(c.id)).toEqual([1, 1]);
    const escalation = smtp.mails.find((m) => m.to[0] === 'chutich@ubnd.vn' && m.raw.includes(c.code));
    expect(escalation?.messageId).toMatch(/^<[0-9a-f-]{36}@citizen-cases>$/);
    const second = await run();
    expect(second.created).toBe(0);
    await settled();
    expect(await deliveries(c.id)).toEqual([1, 1]);
  });

  it('re-arms reminders for the new date after an extension, and never sends for the old one', async () => {
    now = new Date('2024-04-25T09:00:00+07:00');
    // A denunciation accepted 2024-03-27 as complex: due 2024-04-26 (tomorrow): due_soon to the assignee.
    const c = await openCase(t, reception, {
      kind: 'denunciation',
      procedure: null,
      receivedAt: '2024-03-25T09:00:00+07:00',
    });
    await act(t, leader, c.id, 'assign', {
      assigneeId: inspector.id,
      occurredAt: '2024-03-26T09:00:00+07:00',
    });
    const accepted = await act(t, inspector, c.id, 'accept', {
      complexity: 'complex',
      occurredAt: '2024-03-27T09:00:00+07:00',
    });
    expect(accepted.dueDate).toBe('2024-04-26');
    await run();
    await settled();
    expect((await rows(c.id)).map((r) => r.stage)).toEqual(['due_soon']);
    const extended = await act(t, inspector, c.id, 'extend', {
      reason: 'Phức tạp',
      occurredAt: '2024-04-25T08:30:00+07:00',
    });
    expect(extended.dueDate).toBe('2024-05-27');
    now = new Date('2024-05-27T08:00:00+07:00');
    await run();
    await settled();
    const after = await rows(c.id);
    expect(after.map((r) => r.stage)).toEqual(['due_today']);
    expect(await deliveries(c.id)).toEqual([1]);
    // The old date (2024-04-26) has long passed on 2024-05-27, yet nothing was created or sent for it.
    const all: { stage: string; deadline: string }[] = await t.dataSource.query(
      `SELECT stage, to_char(deadline, 'YYYY-MM-DD') AS deadline FROM notification
        WHERE case_id = $1 AND stage <> 'citizen_notice' ORDER BY deadline, stage`,
      [c.id],
    );
    expect(all).toEqual([
      { stage: 'due_soon', deadline: '2024-04-26' },
      { stage: 'due_today', deadline: '2024-05-27' },
    ]);
  });

  it('retries when the SMTP server refuses, and succeeds later', async () => {
    now = new Date('2024-06-03T09:00:00+07:00');
    const c = await openCase(t, reception, { receivedAt: '2024-05-20T09:00:00+07:00' });
    // Acceptance due in 10 working days: 2024-06-03, today: due_today to the leaders (no assignee).
    expect(c.dueDate).toBe('2024-06-03');
    await settled();
    const since = new Date();
    smtp.refuse(2);
    await run();
    await settled();
    const created = await t.dataSource.query(
      `SELECT status, attempts FROM notification WHERE created_at >= $1`,
      [since],
    );
    expect(created.length).toBeGreaterThan(0);
    expect(created.every((r: { status: string }) => r.status === 'sent')).toBe(true);
    const attempts = created.reduce((sum: number, r: { attempts: number }) => sum + r.attempts, 0);
    expect(attempts).toBe(created.length + 2);
    expect(await deliveries(c.id)).toEqual([1]);
  });

  it('marks a mail failed after the last attempt, visible in GET /notifications', async () => {
    now = new Date('2024-06-04T09:00:00+07:00');
    const c = await openCase(t, reception, { receivedAt: '2024-05-21T09:00:00+07:00' });
    await settled();
    smtp.refuse(1000);
    await run();
    await settled();
    smtp.refuse(0);
    const res = await t
      .http()
      .get(`/notifications?caseId=${c.id}&status=failed`)
      .set(...bearer(leader.token))
      .expect(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({ stage: 'due_today', status: 'failed', attempts: 4 }),
    ]);
  });

  it('queues pending rows again after the queue lost them (Redis restart), and sends each once', async () => {
    now = new Date('2024-06-05T09:00:00+07:00');
    await workers[0].close();
    workers.length = 0;
    const c = await openCase(t, reception, { receivedAt: '2024-05-22T09:00:00+07:00' });
    await run();
    const queue = t.app.get<Queue>(getQueueToken(NOTIFICATION_QUEUE));
    await queue.obliterate({ force: true });
    await run();
    workers.push(await startWorker(t.config, clock), await startWorker(t.config, clock));
    await settled();
    expect(await deliveries(c.id)).toEqual([1]);
  });

  it('two workers running together send each mail once', async () => {
    now = new Date('2024-06-06T09:00:00+07:00');
    const cases = await Promise.all(
      Array.from({ length: 10 }, () => openCase(t, reception, { receivedAt: '2024-05-23T09:00:00+07:00' })),
    );
    await Promise.all([run(), run()]);
    await settled();
    for (const c of cases) {
      expect(await deliveries(c.id)).toEqual([1]);
    }
    const ids = smtp.mails.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sends nothing outside working hours or on a day off', async () => {
    const c = await openCase(t, reception, { receivedAt: '2024-05-24T09:00:00+07:00' });
    for (const at of [
      '2024-06-07T18:00:00+07:00',
      '2024-06-08T09:00:00+07:00',
      '2024-09-02T09:00:00+07:00',
    ]) {
      now = new Date(at);
      // Only citizen notices may be queued outside the window (citizen-notices.e2e-spec.ts).
      expect(await run()).toMatchObject({ ran: false, created: 0, digests: 0 });
    }
    expect(await rows(c.id)).toEqual([]);
  });

  it('mails the citizen an acknowledgement and notices without any identity, also for a sealed denunciator', async () => {
    now = new Date('2024-06-10T09:00:00+07:00');
    await settled();
    const kn = await openCase(t, reception, {
      receivedAt: '2024-06-10T08:00:00+07:00',
      applicant: { fullName: 'Phạm Thị C', email: 'c@example.vn' },
    });
    await act(t, inspector, kn.id, 'accept', {});
    const tc = await openCase(t, reception, {
      kind: 'denunciation',
      procedure: null,
      receivedAt: '2024-06-10T08:00:00+07:00',
      applicant: { fullName: 'Võ Văn Kín', email: 'kin@example.vn', idNumber: '079190009999' },
    });
    const citizens = ['c@example.vn', 'kin@example.vn'];
    await waitFor(() => smtp.mails.filter((m) => citizens.includes(m.to[0])).length >= 3);
    const toCitizen = smtp.mails.filter((m) => citizens.includes(m.to[0]));
    expect(toCitizen.map((m) => m.to[0]).sort()).toEqual(['c@example.vn', 'c@example.vn', 'kin@example.vn']);
    const sealedMail = toCitizen.find((m) => m.to[0] === 'kin@example.vn')!;
    expect(sealedMail.raw).toContain(tc.code);
    expect(sealedMail.raw).not.toMatch(/Võ Văn|Kín|079190009999/);
    const [row] = await t.dataSource.query(
      `SELECT recipient, data::text FROM notification WHERE case_id = $1`,
      [tc.id],
    );
    expect(row.recipient).toBe('(sealed)');
    expect(JSON.stringify(row)).not.toMatch(/kin@example|Kín/);
  });

  it('gives each leader one digest a working day listing overdue and due-today cases', async () => {
    now = new Date('2024-06-11T08:00:00+07:00');
    await run();
    await run();
    await settled();
    const digests = await t.dataSource.query(
      `SELECT id, recipient, data FROM notification WHERE stage = 'digest' AND dedupe_key LIKE 'digest:2024-06-11:%'`,
    );
    expect(digests).toHaveLength(1);
    expect(digests[0].recipient).toBe('chutich@ubnd.vn');
    expect(digests[0].data.overdue.length).toBeGreaterThan(0);
    const mails = smtp.mails.filter((m) => m.messageId === `<${digests[0].id}@citizen-cases>`);
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual(['chutich@ubnd.vn']);
  });

  it('gives leaders of one unit the same lists, and a leader of the unit above the cases of the units below', async () => {
    const district = (await t.createUnit({ level: 'district' })).id;
    const ward = (await t.createUnit({ level: 'commune', parentId: district })).id;
    const chair = await t.createUser('leader', district, { email: 'chutich.quan@ubnd.vn' });
    const viceChair = await t.createUser('leader', district, { email: 'phochutich.quan@ubnd.vn' });
    const wardLeader = await t.createUser('leader', ward, { email: 'chutich.phuong@ubnd.vn' });
    const wardInspector = await t.createUser('inspector', ward);
    const c = await openCase(t, await t.createUser('reception', ward), {
      receivedAt: '2024-04-01T09:00:00+07:00',
    });
    await act(t, wardLeader, c.id, 'assign', {
      assigneeId: wardInspector.id,
      occurredAt: '2024-04-02T09:00:00+07:00',
    });
    await act(t, wardInspector, c.id, 'accept', { occurredAt: '2024-04-03T09:00:00+07:00' });
    now = new Date('2024-06-12T08:00:00+07:00');
    await run();
    await settled();
    const digests: { recipient: string; data: { recipientName: string; overdue: { code: string }[] } }[] =
      await t.dataSource.query(
        `SELECT recipient, data FROM notification
          WHERE dedupe_key LIKE 'digest:2024-06-12:%' AND recipient = ANY($1) ORDER BY recipient`,
        [['chutich.quan@ubnd.vn', 'phochutich.quan@ubnd.vn', 'chutich.phuong@ubnd.vn']],
      );
    expect(digests.map((d) => d.recipient)).toEqual([
      'chutich.phuong@ubnd.vn',
      'chutich.quan@ubnd.vn',
      'phochutich.quan@ubnd.vn',
    ]);
    for (const d of digests) {
      expect(d.data.overdue.map((x) => x.code)).toEqual([c.code]);
    }
    expect(digests.map((d) => d.data.recipientName)).toEqual(
      [wardLeader, chair, viceChair].map((u) => `Cán bộ ${u.username}`),
    );
  });

  it('lets only admins run the sweep', async () => {
    await t
      .http()
      .post('/reminders/run')
      .set(...bearer(leader.token))
      .expect(403);
    await t
      .http()
      .get('/notifications')
      .set(...bearer(reception.token))
      .expect(403);
  });
});
