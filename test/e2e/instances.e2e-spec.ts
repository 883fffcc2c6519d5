import { randomUUID } from 'node:crypto';
import { caseBody } from '../utils/cases.js';
import {
  type Answer,
  buildDist,
  call,
  freePort,
  metricValue,
  ServiceProcess,
  waitForHttp,
} from '../utils/processes.js';
import { TestSmtpServer, waitFor } from '../utils/smtp.js';
import { TestApp, type TestUser } from '../utils/test-app.js';

const METRICS_TOKEN = 'metrics-token-instances-0123456789';

/**
 * Two API processes and two worker processes (the compiled build, as in production) on one PostgreSQL and one
 * Redis; the TestApp here only provides the database, the first admin and SQL access.
 */
describe('several API and worker instances', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let reception: TestUser;
  const apis: { process: ServiceProcess; port: number }[] = [];
  const workers: { process: ServiceProcess; metricsPort: number }[] = [];

  beforeAll(async () => {
    buildDist();
    smtp = await TestSmtpServer.start();
    t = await TestApp.start({ SMTP_URL: smtp.url });
    reception = await t.createUser('reception', (await t.createUnit()).id);
    const env = { ...process.env, ...t.env, LOG_LEVEL: 'info', LOG_FORMAT: 'json', METRICS_TOKEN };
    for (const name of ['api-a', 'api-b']) {
      const port = await freePort();
      apis.push({ process: ServiceProcess.start(name, 'main.js', { ...env, PORT: String(port) }), port });
    }
    for (const name of ['worker-a', 'worker-b']) {
      const metricsPort = await freePort();
      workers.push({
        process: ServiceProcess.start(name, 'worker.js', {
          ...env,
          WORKER_METRICS_PORT: String(metricsPort),
        }),
        metricsPort,
      });
    }
    await Promise.all([
      ...apis.map((a) => waitForHttp(a.port, '/health/ready')),
      ...workers.map((w) => waitForHttp(w.metricsPort, '/metrics', 60_000, METRICS_TOKEN)),
    ]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([...apis, ...workers].map((s) => s.process.stop('SIGKILL')));
    await t?.close();
    await smtp?.stop();
  });

  const [a, b] = [0, 1];
  const port = (i: number): number => apis[i].port;

  it('accepts a session opened on one API on the other', async () => {
    const login = await call(port(a), 'POST', '/auth/login', {
      body: { username: reception.username, password: reception.password },
    });
    expect(login.status).toBe(200);
    const token = login.body.accessToken as string;
    for (const i of [a, b]) {
      const me = await call(port(i), 'GET', '/auth/me', { token });
      expect(me.status).toBe(200);
      expect(me.body.username).toBe(reception.username);
    }
  });

  it('sees a calendar edit made on one API at once on the other', async () => {
    const query = '/calendar/deadline?start=2027-03-08&amount=5&unit=working_days';
    // Mon 2027-03-08 + 5 working days = Mon 2027-03-15; B computes it first, so its calendar is cached.
    expect((await call(port(b), 'GET', query, { token: reception.token })).body.dueDate).toBe('2027-03-15');
    const edit = await call(port(a), 'PUT', '/calendar/days/2027-03-10', {
      token: t.adminToken,
      body: { type: 'day_off', name: 'Nghỉ thử nghiệm' },
    });
    expect(edit.status).toBe(200);
    expect((await call(port(b), 'GET', query, { token: reception.token })).body.dueDate).toBe('2027-03-16');
  });

  it('sends each mail once with two workers taking jobs from cases opened on both APIs', async () => {
    const sentBefore = smtp.mails.length;
    const opened = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        call(port(i % 2), 'POST', '/cases', { token: reception.token, body: caseBody() }),
      ),
    );
    expect(opened.map((r) => r.status)).toEqual(Array(12).fill(201));
    const ids = opened.map((r) => r.body.id as string);
    const rows: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM notification WHERE case_id = ANY($1)`,
      [ids],
    );
    expect(rows).toHaveLength(12); // one receipt notice per case
    await waitFor(async () => {
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM notification WHERE case_id = ANY($1) AND status = 'sent'`,
        [ids],
      );
      return n === rows.length;
    }, 60_000);
    const delivered = smtp.mails.slice(sentBefore).map((m) => m.messageId);
    expect(delivered.sort()).toEqual(rows.map((r) => `<${r.id}@citizen-cases>`).sort());

    // Each worker exports its own counters on its own port; together they sent each mail once.
    const sent = await Promise.all(
      workers.map(async (w) => {
        const page = await call(w.metricsPort, 'GET', '/metrics', { token: METRICS_TOKEN });
        return metricValue(page.text, 'mails_sent_total') ?? NaN;
      }),
    );
    expect(sent[0] + sent[1]).toBe(smtp.mails.length);
    // The worker logs each job with its id and name (the line comes through the worker's stdout after the row
    // is marked sent: wait for it rather than read the logs at once).
    const jobLine = () =>
      workers.flatMap((w) => w.process.logs()).filter((l) => l.msg === 'job done' && l.jobId === rows[0].id);
    await waitFor(() => Promise.resolve(jobLine().length > 0), 30_000);
    const jobLines = jobLine();
    expect(jobLines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'worker',
          jobId: rows[0].id,
          jobName: 'send-notification',
          result: 'sent 1, cancelled 0, skipped 0',
        }),
      ]),
    );
  }, 90_000);

  it('counts rate limits across both APIs', async () => {
    let refusedAfter = 0;
    for (let i = 1; i <= 200; i += 1) {
      const res = await call(
        port(a),
        'GET',
        `/public/cases/KN-2024-${String(i).padStart(6, '0')}?pin=123456`,
      );
      if (res.status === 429) {
        refusedAfter = i;
        break;
      }
    }
    expect(refusedAfter).toBeGreaterThan(1);
    // B has never seen this client, yet refuses it: the count is in Redis, shared.
    const onB = await call(port(b), 'GET', '/public/cases/KN-2024-999999?pin=123456');
    expect(onB.status).toBe(429);
    expect(Number(onB.body.retryAfter)).toBeGreaterThan(0);
  });

  it('writes one request line with route, status, duration, request id and user, and no query string or token', async () => {
    const requestId = `probe-${randomUUID()}`;
    const res = await call(port(a), 'GET', '/cases?q=Nguyen%20Bi%20Mat&page=1', {
      token: reception.token,
      headers: { 'x-request-id': requestId },
    });
    expect(res.status).toBe(200);
    await waitFor(() => apis[a].process.logs().some((l) => l.requestId === requestId));
    const line = apis[a].process
      .logs()
      .find((l) => l.requestId === requestId && l.msg === 'request completed');
    expect(line).toEqual(
      expect.objectContaining({
        name: 'api',
        method: 'GET',
        route: '/cases',
        status: 200,
        durationMs: expect.any(Number),
        userId: reception.id,
      }),
    );
    const all = apis.flatMap((s) => s.process.lines).join('\n');
    expect(all).not.toContain('Bi%20Mat');
    expect(all).not.toContain('Bi Mat');
    expect(all).not.toContain(reception.token);
    expect(all).not.toContain(reception.password);
  });

  it('loses no accepted request and no mail when an API and a worker get SIGTERM during a burst', async () => {
    smtp.delayMs = 300; // sends take a while, so the worker is stopped with mails in flight
    const burst = 30;
    const keys = Array.from({ length: burst }, () => randomUUID());
    // An answer, or the error code of a request that got none (errors come from another realm than Jest's).
    const outcomes: (Answer | { errorCode: string } | null)[] = Array(burst).fill(null);
    const send = (i: number, to: number): Promise<void> =>
      call(port(to), 'POST', '/cases', {
        token: reception.token,
        body: caseBody({ subject: `Đợt ${i}` }),
        headers: { 'idempotency-key': keys[i] },
      }).then(
        (answer) => {
          outcomes[i] = answer;
        },
        (error: NodeJS.ErrnoException) => {
          outcomes[i] = { errorCode: error.code ?? String(error) };
        },
      );
    // The first half goes to A; as soon as some of it is answered, A and worker A get SIGTERM.
    const first = Array.from({ length: burst / 2 }, (_, i) => send(i, a));
    await waitFor(() => outcomes.some((o) => o !== null), 30_000);
    const apiExit = apis[a].process.stop('SIGTERM');
    const workerExit = workers[a].process.stop('SIGTERM');
    // The second half goes to A too, after the signal: refused connections, never half-answered ones.
    const second = Array.from({ length: burst / 2 }, (_, i) => send(burst / 2 + i, a));
    await Promise.all([...first, ...second]);
    expect([0, 'SIGTERM']).toContain(await apiExit);
    expect([0, 'SIGTERM']).toContain(await workerExit);

    const result = (o: (typeof outcomes)[number]): number | string =>
      o === null ? 'none' : 'errorCode' in o ? o.errorCode : o.status;
    // Every request was answered 201, or its connection was refused (ECONNREFUSED) or reset unread (ECONNRESET,
    // a connection still in the kernel's backlog when A stopped listening): no 5xx, no cut-off answer.
    const answered = outcomes.map(result);
    expect(answered.filter((r) => r !== 201 && r !== 'ECONNREFUSED' && r !== 'ECONNRESET')).toEqual([]);
    const refused = answered.flatMap((r, i) => (r === 201 ? [] : [i]));
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThan(burst);
    // ... and none of those was processed: a refused or reset request left nothing behind.
    const [{ n: leftBehind }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM citizen_case WHERE subject = ANY($1)`,
      [refused.map((i) => `Đợt ${i}`)],
    );
    expect(leftBehind).toBe(0);
    // The client (or the load balancer) sends the refused ones to B.
    await Promise.all(refused.map((i) => send(i, b)));
    expect(outcomes.map(result)).toEqual(Array(burst).fill(201));

    const ids = outcomes.map((o) => (o as Answer).body.id as string);
    const [{ n: cases }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM citizen_case WHERE id = ANY($1)`,
      [ids],
    );
    expect(cases).toBe(burst);
    const rows: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM notification WHERE case_id = ANY($1)`,
      [ids],
    );
    expect(rows).toHaveLength(burst);
    // Worker B finishes what worker A left; worker A finished the sends it had started (one attempt each).
    await waitFor(async () => {
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM notification WHERE case_id = ANY($1) AND status = 'sent' AND attempts = 1`,
        [ids],
      );
      return n === burst;
    }, 90_000);
    const expected = new Set(rows.map((r) => `<${r.id}@citizen-cases>`));
    const delivered = smtp.mails.map((m) => m.messageId).filter((id) => expected.has(id));
    expect(delivered).toHaveLength(burst);
    expect(new Set(delivered).size).toBe(burst);
    // Worker A did take part before it stopped.
    expect(
      workers[a].process.logs().some((l) => l.msg === 'job done' && l.jobName === 'send-notification'),
    ).toBe(true);
  }, 150_000);
});
