import type { INestApplicationContext } from '@nestjs/common';
import { caseBody, openCase } from '../utils/cases.js';
import { TestRedisServer } from '../utils/redis-server.js';
import { waitFor } from '../utils/smtp.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';
import { startWorker } from '../utils/worker.js';

/** What a request may take while Redis is down or frozen (API.md: intake and actions still work). */
const BUDGET_MS = 2_000;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = Date.now();
  const value = await work();
  return { ms: Date.now() - started, value };
}

describe('Redis down or frozen', () => {
  let redis: TestRedisServer;
  let t: TestApp;
  let reception: TestUser;
  let leader: TestUser;
  let worker: INestApplicationContext | null = null;

  const pendingNotices = async (): Promise<number> =>
    (
      await t.dataSource.query(
        `SELECT count(*)::int AS n FROM notification WHERE stage = 'citizen_notice' AND status = 'pending'`,
      )
    )[0].n;

  /** Intake, an action, a login and a citizen lookup, each answered within the budget. */
  async function everythingAnswers(): Promise<void> {
    const opened = await timed(() =>
      t
        .http()
        .post('/cases')
        .set(...bearer(reception.token))
        .send(caseBody({ applicant: { fullName: 'Hồ Văn Mạng', email: 'mang@example.vn' } })),
    );
    expect({ status: opened.value.status, fast: opened.ms < BUDGET_MS }).toEqual({ status: 201, fast: true });
    const accepted = await timed(() =>
      t
        .http()
        .post(`/cases/${opened.value.body.id}/actions/accept`)
        .set(...bearer(leader.token))
        .send({}),
    );
    expect({ status: accepted.value.status, fast: accepted.ms < BUDGET_MS }).toEqual({
      status: 201,
      fast: true,
    });
    const login = await timed(() =>
      t.http().post('/auth/login').send({ username: leader.username, password: leader.password }),
    );
    expect({ status: login.value.status, fast: login.ms < BUDGET_MS }).toEqual({ status: 200, fast: true });
    const { code } = opened.value.body;
    const lookup = await timed(() =>
      t.http().get(`/public/cases/${code}?pin=${opened.value.body.trackingPin}`),
    );
    expect({ status: lookup.value.status, fast: lookup.ms < BUDGET_MS }).toEqual({ status: 200, fast: true });
  }

  beforeAll(async () => {
    redis = await TestRedisServer.start();
    t = await TestApp.start({ REDIS_URL: redis.url });
    const unit = await t.createUnit();
    reception = await t.createUser('reception', unit.id);
    leader = await t.createUser('leader', unit.id);
    await openCase(t, reception);
  });
  afterAll(async () => {
    await worker?.close();
    // Closing BullMQ's connections against a dead server waits for its reconnection attempts.
    await redis.restart();
    await t.close();
    await redis.kill();
  });

  it('with Redis killed: intake, actions, login and the lookup answer at once; mail waits in the outbox', async () => {
    await redis.kill();
    const before = await pendingNotices();
    await everythingAnswers();
    // The acknowledgement and the acceptance notice wait in the outbox.
    expect(await pendingNotices()).toBe(before + 2);
  });

  it('with Redis frozen (connections open, no answers): nothing waits for it', async () => {
    await redis.restart();
    await waitFor(async () => (await t.http().get('/health')).status === 200);
    redis.freeze();
    try {
      await everythingAnswers();
    } finally {
      redis.thaw();
    }
  });

  it('when Redis is back, the outbox catches up and the waiting notices are sent', async () => {
    expect(await pendingNotices()).toBeGreaterThan(0);
    await t
      .http()
      .post('/reminders/run')
      .set(...bearer(t.adminToken))
      .expect(200);
    worker = await startWorker(t.config, () => new Date());
    await waitFor(async () => (await pendingNotices()) === 0, 20_000);
  });

  it('with Redis killed: the lookup limit is still counted (in the process), not lifted', async () => {
    const c = await openCase(t, reception);
    await worker?.close();
    worker = null;
    await redis.kill();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) {
      statuses.push((await t.http().get(`/public/cases/${c.code}?pin=000000`)).status);
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(30);
  });
});
