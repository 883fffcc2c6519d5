import { SAMPLES, upload } from '../utils/attachments.js';
import { openCase } from '../utils/cases.js';
import { call, freePort, metricValue } from '../utils/processes.js';
import { TestSmtpServer } from '../utils/smtp.js';
import { bearer, TestApp } from '../utils/test-app.js';

const METRICS_TOKEN = 'metrics-token-e2e-0123456789';

const sample = metricValue;

describe('operations: metrics, probes and the queue dashboard', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await TestApp.start({ METRICS_TOKEN, SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('serves /metrics only with the metrics token', async () => {
    await t.http().get('/metrics').expect(401);
    await t.http().get('/metrics').set('Authorization', 'Bearer wrong').expect(401);
    // A user's token is not the metrics token.
    await t
      .http()
      .get('/metrics')
      .set(...bearer(t.adminToken))
      .expect(401);
    const res = await t.http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toContain('# TYPE http_request_duration_seconds histogram');
  });

  it('counts requests by route pattern and status, never by URL', async () => {
    const reception = await t.createUser('reception', (await t.createUnit()).id);
    const opened = await openCase(t, reception);
    await t
      .http()
      .get(`/cases/${opened.id}`)
      .set(...bearer(reception.token))
      .expect(200);
    await t.http().get(`/cases/${opened.id}`).expect(401);
    const text = (await t.http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`)).text;
    expect(
      sample(
        text,
        'http_request_duration_seconds_count',
        'method="GET",route="/cases/:id",status_code="200"',
      ),
    ).toBe(1);
    expect(
      sample(
        text,
        'http_request_duration_seconds_count',
        'method="GET",route="/cases/:id",status_code="401"',
      ),
    ).toBe(1);
    expect(text).not.toContain(opened.id);
  });

  it('exports the pool, the outbox by status and the queues', async () => {
    const reception = await t.createUser('reception', (await t.createUnit()).id);
    await openCase(t, reception);
    const text = (await t.http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`)).text;
    const [{ n: pending }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE status = 'pending'`,
    );
    expect(pending).toBeGreaterThan(0);
    expect(sample(text, 'outbox_notifications', 'status="pending"')).toBe(pending);
    expect(sample(text, 'outbox_notifications', 'status="failed"')).toBe(0);
    // No worker runs here: the receipt notice waits in the mail queue.
    expect(sample(text, 'queue_jobs', 'queue="notifications",state="waiting"')).toBe(pending);
    expect(sample(text, 'queue_jobs', 'queue="reminders",state="failed"')).toBe(0);
    expect(sample(text, 'db_pool_connections', 'state="waiting"')).toBe(0);
    expect(sample(text, 'db_pool_connections', 'state="idle"')).toBeGreaterThan(0);
    expect(sample(text, 'mails_sent_total')).toBe(0);
  });

  it('records a sweep run through the API', async () => {
    await t
      .http()
      .post('/reminders/run')
      .set(...bearer(t.adminToken))
      .expect(200);
    const text = (await t.http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`)).text;
    expect(sample(text, 'reminder_sweep_last_run_timestamp_seconds')).toBeGreaterThan(Date.now() / 1000 - 60);
  });

  it('exports the stored size of the case file, grown by an upload and shrunk by its delete', async () => {
    const inspector = await t.createUser('inspector', (await t.createUnit()).id);
    const opened = await openCase(t, inspector);
    const scrape = async (): Promise<number | undefined> =>
      sample(
        (await t.http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`)).text,
        'attachments_stored_bytes',
      );
    const summed = async (): Promise<number> =>
      Number((await t.dataSource.query(`SELECT COALESCE(SUM(size), 0) AS n FROM attachment`))[0].n);
    const before = await scrape();
    expect(before).toBe(await summed());

    const res = await upload(t, inspector, `/cases/${opened.id}/attachments`, SAMPLES.png, 'ảnh.png');
    expect(res.status).toBe(201);
    expect(res.body.size).toBe(SAMPLES.png.length);
    expect(await scrape()).toBe(before! + SAMPLES.png.length);

    // What another instance stores is seen here once the 15 s cache runs out: within it, the sum is reused.
    await t.dataSource.query(`UPDATE attachment SET size = size + 1000 WHERE id = $1`, [res.body.id]);
    expect(await scrape()).toBe(before! + SAMPLES.png.length);

    await t
      .http()
      .delete(`/attachments/${res.body.id}`)
      .set(...bearer(inspector.token))
      .expect(204);
    expect(await scrape()).toBe(before);
  });

  it('answers /health/live and /health/ready without a token', async () => {
    const live = await t.http().get('/health/live').expect(200);
    expect(live.body).toEqual({ status: 'ok', details: {} });
    const ready = await t.http().get('/health/ready').expect(200);
    expect(ready.body).toEqual({
      status: 'ok',
      details: { postgres: { status: 'up' }, redis: { status: 'up' }, migrations: { status: 'up' } },
    });
  });

  it('is not ready while a migration of this build is not applied', async () => {
    const [last] = await t.dataSource.query(
      `SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1`,
    );
    await t.dataSource.query(`DELETE FROM migrations WHERE id = $1`, [last.id]);
    try {
      const ready = await t.http().get('/health/ready').expect(503);
      expect(ready.body).toEqual({
        status: 'error',
        details: { postgres: { status: 'up' }, redis: { status: 'up' }, migrations: { status: 'down' } },
      });
      // The process is alive all the same, and /health (PostgreSQL and Redis) is still 200.
      await t.http().get('/health/live').expect(200);
      await t.http().get('/health').expect(200);
    } finally {
      await t.dataSource.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
    await t.http().get('/health/ready').expect(200);
  });

  it('opens the queue dashboard to admins only', async () => {
    const leader = await t.createUser('leader', (await t.createUnit()).id);
    const anonymous = await t.http().get('/admin/queues').expect(401);
    expect(anonymous.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    await t.http().get('/admin/queues/api/queues').set('Authorization', 'Bearer not-a-token').expect(401);
    const forbidden = await t
      .http()
      .get('/admin/queues')
      .set(...bearer(leader.token))
      .expect(403);
    expect(forbidden.body).toMatchObject({ statusCode: 403 });
    await t
      .http()
      .get('/admin/queues/api/queues')
      .set(...bearer(leader.token))
      .expect(403);

    const page = await t
      .http()
      .get('/admin/queues')
      .set(...bearer(t.adminToken))
      .expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const api = await t
      .http()
      .get('/admin/queues/api/queues')
      .set(...bearer(t.adminToken))
      .expect(200);
    expect(api.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
      'notifications',
      'reminders',
    ]);
  });
});

describe('operations: /metrics without METRICS_TOKEN, on METRICS_PORT', () => {
  let t: TestApp;
  let metricsPort: number;

  beforeAll(async () => {
    metricsPort = await freePort();
    t = await TestApp.start({ METRICS_PORT: String(metricsPort) });
  });
  afterAll(() => t.close());

  it('serves them on the port of its own, without a token', async () => {
    const res = await call(metricsPort, 'GET', '/metrics');
    expect(res.status).toBe(200);
    expect(res.text).toContain('# TYPE db_pool_connections gauge');
    expect((await call(metricsPort, 'GET', '/cases')).status).toBe(404);
  });

  it('is not served on the API port', async () => {
    await t.http().get('/metrics').expect(404);
    await t
      .http()
      .get('/metrics')
      .set(...bearer(t.adminToken))
      .expect(404);
  });
});
