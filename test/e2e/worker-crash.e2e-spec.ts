import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { jest } from '@jest/globals';
import { Clock } from '../../src/common/clock.js';
import { openCase } from '../utils/cases.js';
import { TestSmtpServer, waitFor } from '../utils/smtp.js';
import { bearer, TestApp } from '../utils/test-app.js';

/** The real worker process (compiled), so that it can be killed with SIGKILL in the middle of its jobs. */
function startWorkerProcess(env: NodeJS.ProcessEnv): ChildProcess {
  return fork('dist/src/worker.js', {
    env: {
      ...env,
      WORKER_LOCK_MS: '1500',
      WORKER_CONCURRENCY: '2',
      REMINDER_SEND_WINDOW: '00:00-00:01',
      LOG_LEVEL: 'error',
    },
    stdio: 'ignore',
  });
}

describe('a worker killed while mails are pending', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let env: NodeJS.ProcessEnv;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, ['node_modules/tsgo/bin/tsc', '-p', 'tsconfig.build.json'], {
      stdio: 'inherit',
    });
    smtp = await TestSmtpServer.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_ATTEMPTS: '5', MAIL_BACKOFF_MS: '200' });
    env = { ...process.env, ...t.env };
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date('2024-06-03T09:00:00+07:00'));
  }, 120_000);
  afterAll(async () => {
    children.forEach((c) => c.exitCode === null && c.kill('SIGKILL'));
    await t.close();
    await smtp.stop();
  });

  it('sends every mail once after a restart: each row sent, each Message-ID delivered, duplicates only of in-flight mails', async () => {
    const unitId = (await t.createUnit({ level: 'district' })).id;
    await t.createUser('leader', unitId, { email: 'lanhdao@ubnd.vn' });
    const reception = await t.createUser('reception', unitId);
    for (let i = 0; i < 8; i += 1) {
      // Acceptance due in 10 working days: 2024-06-03, the day of the sweep.
      await openCase(t, reception, {
        receivedAt: '2024-05-20T09:00:00+07:00',
        applicant: { fullName: `Công dân ${i}` },
      });
    }
    const sweep = await t
      .http()
      .post('/reminders/run')
      .set(...bearer(t.adminToken))
      .expect(200);
    const rows: { id: string }[] = await t.dataSource.query(`SELECT id FROM notification`);
    expect(sweep.body.queued).toBe(rows.length);
    expect(rows.length).toBe(9); // 8 due-today reminders and the leader's digest

    smtp.delayMs = 700;
    const first = startWorkerProcess(env);
    children.push(first);
    await waitFor(() => smtp.mails.length >= 2, 30_000);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const [{ n: pendingAfterKill }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE status = 'pending'`,
    );
    expect(pendingAfterKill).toBeGreaterThan(0);

    smtp.delayMs = 0;
    children.push(startWorkerProcess(env));
    await waitFor(async () => {
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM notification WHERE status <> 'sent'`,
      );
      return n === 0;
    }, 60_000);
    const delivered = new Map<string, number>();
    smtp.mails.forEach((m) => delivered.set(m.messageId, (delivered.get(m.messageId) ?? 0) + 1));
    expect([...delivered.keys()].sort()).toEqual(rows.map((r) => `<${r.id}@citizen-cases>`).sort());
    // A mail whose send was cut by the kill may arrive twice, with the same Message-ID (the server drops it).
    const duplicates = [...delivered.values()].filter((n) => n > 1).length;
    expect(duplicates).toBeLessThanOrEqual(2);
  }, 120_000);
});
