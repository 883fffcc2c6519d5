import { jest } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { CaseDueQueries } from '../../src/cases/case-due.queries.js';
import { Clock } from '../../src/common/clock.js';
import {
  NOTIFICATION_QUEUE,
  outboxHasKeys,
  type SendNotificationPayload,
} from '../../src/notifications/notification-queue.js';
import { KeyRemindersByDeadline1796300000000 } from '../../migrations/1796300000000-KeyRemindersByDeadline.js';
import { NotificationProducerService } from '../../src/notifications/notification-producer.service.js';
import { ReminderSweepService, type SweepResult } from '../../src/reminders/reminder-sweep.service.js';
import { act, openCase } from '../utils/cases.js';
import { TestApp, type TestUser } from '../utils/test-app.js';

/**
 * The sweep looks again only at what changed (reminder_sweep_state): these prove it still reminds a case no one
 * touched when a day passes, a case changed outside the API, and a new recipient, exactly as a full sweep would.
 */
describe('reminders: the sweep looks only at what changed, and misses nothing', () => {
  let t: TestApp;
  let now = new Date('2024-03-20T09:00:00+07:00');
  let unitId: string;
  let leader: TestUser;
  let sweep: () => Promise<SweepResult>;

  const stages = async (caseId: string): Promise<string[]> =>
    (
      await t.dataSource.query<{ s: string }[]>(
        `SELECT stage || ':' || recipient AS s FROM notification
          WHERE case_id = $1 AND stage <> 'citizen_notice'
            AND deadline_version = (SELECT deadline_version FROM citizen_case WHERE id = $1)
          ORDER BY 1`,
        [caseId],
      )
    ).map((r) => r.s);

  beforeAll(async () => {
    t = await TestApp.start({ REMINDER_SEND_WINDOW: 'always' });
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => now);
    unitId = (await t.createUnit({ level: 'district' })).id;
    leader = await t.createUser('leader', unitId, { email: 'chutich@ubnd.vn' });
    const service = t.app.get(ReminderSweepService);
    sweep = () => service.sweep();
  });
  afterAll(() => t.close());

  it('reminds an untouched case when the day it falls due comes, once', async () => {
    // Accepted 2024-03-04 (Mon): 30 days -> due Wed 2024-04-03.
    const c = await openCase(t, leader, { receivedAt: '2024-03-01T09:00:00+07:00' });
    await act(t, leader, c.id, 'accept', { occurredAt: '2024-03-04T09:00:00+07:00' });
    await sweep();
    expect(await stages(c.id)).toEqual([]);
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM reminder_dirty_case`);
    expect(before).toBe(0);
    now = new Date('2024-04-01T09:00:00+07:00');
    await sweep();
    expect(await stages(c.id)).toEqual(['due_soon:chutich@ubnd.vn']);
    now = new Date('2024-04-03T09:00:00+07:00');
    await sweep();
    expect(await stages(c.id)).toEqual(['due_soon:chutich@ubnd.vn', 'due_today:chutich@ubnd.vn']);
    expect((await sweep()).created).toBe(0);
    now = new Date('2024-04-04T09:00:00+07:00');
    await sweep();
    expect(await stages(c.id)).toContain('overdue:chutich@ubnd.vn');
  });

  it('reminds a case changed outside the API, and a leader added later', async () => {
    const c = await openCase(t, leader, { receivedAt: '2024-03-25T09:00:00+07:00' });
    await act(t, leader, c.id, 'accept', { occurredAt: '2024-03-26T09:00:00+07:00' });
    await sweep();
    expect(await stages(c.id)).toEqual([]);
    await t.dataSource.query(`UPDATE citizen_case SET due_date = '2024-04-03' WHERE id = $1`, [c.id]);
    await sweep();
    expect(await stages(c.id)).toEqual(['overdue:chutich@ubnd.vn']);
    await t.createUser('leader', unitId, { email: 'phochutich@ubnd.vn' });
    await sweep();
    expect(await stages(c.id)).toEqual(['overdue:chutich@ubnd.vn', 'overdue:phochutich@ubnd.vn']);
  });

  it('loses nothing when a sweep dies half-way: the next one creates the rest and queues what was left', async () => {
    now = new Date('2024-04-10T09:00:00+07:00');
    const unit = (await t.createUnit({ level: 'district' })).id;
    const boss = await t.createUser('leader', unit, { email: 'truongphong@ubnd.vn' });
    const cases = [];
    for (let i = 0; i < 5; i += 1) {
      // Acceptance due 2024-04-08 (10 working days): overdue and escalated on 2024-04-10.
      cases.push(await openCase(t, boss, { receivedAt: '2024-03-25T09:00:00+07:00' }));
    }
    const service = t.app.get(ReminderSweepService);
    service.casesPerPage = 2;
    const query = t.dataSource.query.bind(t.dataSource);
    let pages = 0;
    const spy = jest.spyOn(t.dataSource, 'query').mockImplementation((sql: string, ...rest) => {
      if (sql.includes('INSERT INTO notification (id, dedupe_key') && ++pages >= 2) {
        return Promise.reject(new Error('the worker died'));
      }
      return query(sql, ...rest);
    });
    try {
      await expect(sweep()).rejects.toThrow('the worker died');
    } finally {
      spy.mockRestore();
    }
    const [state] = await t.dataSource.query(
      `SELECT to_char(today, 'YYYY-MM-DD') AS today FROM reminder_sweep_state`,
    );
    expect(state.today).toBe('2024-04-04'); // the dead sweep's state change rolled back
    const halfway = (await Promise.all(cases.map((c) => stages(c.id)))).flat().length;
    expect(halfway).toBeLessThan(10);

    await sweep();
    for (const c of cases) {
      expect(await stages(c.id)).toEqual(['escalation:truongphong@ubnd.vn', 'overdue:truongphong@ubnd.vn']);
    }
    const pending: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM notification WHERE status = 'pending' AND case_id = ANY($1)`,
      [cases.map((c) => c.id)],
    );
    const queue = t.app.get<Queue<SendNotificationPayload>>(getQueueToken(NOTIFICATION_QUEUE));
    const queued = new Set(
      (await queue.getJobs(['waiting', 'delayed', 'active'])).flatMap(
        (j) => j.data.notificationIds ?? [j.data.notificationId],
      ),
    );
    expect(pending.filter((r) => !queued.has(r.id))).toEqual([]);
    service.casesPerPage = 4_000;
  });

  it('reports what it created and queued itself: a sweep right after another queues nothing again', async () => {
    const queue = t.app.get<Queue<SendNotificationPayload>>(getQueueToken(NOTIFICATION_QUEUE));
    /** The rows of each job in the queue, by job id (whatever its state: nothing consumes it here). */
    const jobs = async (): Promise<Map<string, string[]>> =>
      new Map(
        (await queue.getJobs()).map((j) => [j.id!, j.data.notificationIds ?? [j.data.notificationId!]]),
      );
    const outbox = async (): Promise<{ id: string; stage: string }[]> =>
      t.dataSource.query(`SELECT id::text, stage FROM notification ORDER BY id`);
    // The earlier tests' mails are out of the way: sent, and their jobs gone.
    await t.dataSource.query(`UPDATE notification SET status = 'sent' WHERE status = 'pending'`);
    await queue.obliterate({ force: true });
    now = new Date('2024-04-11T09:00:00+07:00'); // a Thursday
    const unit = (await t.createUnit({ level: 'district' })).id;
    const boss = await t.createUser('leader', unit, { email: 'giamdoc@ubnd.vn' });
    for (let i = 0; i < 3; i += 1) {
      // Acceptance due 2024-04-08: overdue and escalated; the acknowledgement to the citizen is queued at once.
      await openCase(t, boss, { receivedAt: '2024-03-25T09:00:00+07:00' });
    }
    const rowsBefore = new Set((await outbox()).map((r) => r.id));
    const jobsBefore = await jobs();
    expect([...jobsBefore.values()].flat()).toHaveLength(3); // the three acknowledgements

    const first = await sweep();
    const made = (await outbox()).filter((r) => !rowsBefore.has(r.id));
    const reminders = made.filter((r) => r.stage !== 'digest').length;
    const digests = made.length - reminders;
    expect(reminders).toBeGreaterThanOrEqual(6); // overdue and escalation of each new case, to the boss
    expect(digests).toBeGreaterThanOrEqual(1); // the boss's digest of the day
    expect(first).toEqual({ ran: true, created: reminders, digests, queued: reminders + digests });
    const jobsAfter = await jobs();
    const added = [...jobsAfter].filter(([id]) => !jobsBefore.has(id)).flatMap(([, ids]) => ids);
    expect(added.sort()).toEqual(made.map((r) => r.id).sort());
    // A reminder's id is its page's UUIDv7 tag (the time it was written, in its first 48 bits) with the row's
    // number in the last 32: valid for the API's UUID checks, one prefix per page.
    const ids = made.filter((r) => r.stage !== 'digest').map((r) => r.id);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(Math.abs(parseInt(id.replace('-', '').slice(0, 12), 16) - Date.now())).toBeLessThan(60_000);
    }
    expect(new Set(ids.map((id) => id.slice(0, 28))).size).toBe(1);

    // What the first sweep created and queued is neither created nor counted as queued again.
    expect(await sweep()).toEqual({ ran: true, created: 0, digests: 0, queued: 0 });
    expect(await jobs()).toEqual(jobsAfter);

    // A queue that lost its jobs (Redis restarted empty) gets each pending row again, once.
    await queue.obliterate({ force: true });
    const pending: { id: string }[] = await t.dataSource.query(
      `SELECT id::text FROM notification WHERE status = 'pending' ORDER BY id`,
    );
    expect(await sweep()).toEqual({ ran: true, created: 0, digests: 0, queued: pending.length });
    expect([...(await jobs()).values()].flat().sort()).toEqual(pending.map((r) => r.id).sort());
  });

  it("keys a reminder by its due date first, and the outbox's earlier keys take that form: nothing is created twice", async () => {
    const unit = (await t.createUnit({ level: 'district' })).id;
    const boss = await t.createUser('leader', unit, { email: 'truongphong@ubnd.vn' });
    now = new Date('2024-05-03T10:00:00+07:00');
    const c = await openCase(t, boss, { receivedAt: '2024-05-02T09:00:00+07:00' });
    await act(t, boss, c.id, 'accept', { occurredAt: '2024-05-03T09:00:00+07:00' });
    now = new Date('2024-06-20T09:00:00+07:00');
    await sweep();
    const keys = async (): Promise<string[]> =>
      (
        await t.dataSource.query<{ dedupe_key: string }[]>(
          `SELECT dedupe_key FROM notification WHERE case_id = $1 AND stage <> 'citizen_notice' ORDER BY 1`,
          [c.id],
        )
      ).map((r) => r.dedupe_key);
    const [{ due, version }] = await t.dataSource.query<{ due: string; version: number }[]>(
      `SELECT to_char(due_date, 'YYYY-MM-DD') AS due, deadline_version AS version FROM citizen_case WHERE id = $1`,
      [c.id],
    );
    const written = await keys();
    expect(written).toEqual([
      `${due}:${c.id}:${version}:escalation:${boss.id}`,
      `${due}:${c.id}:${version}:overdue:${boss.id}`,
    ]);

    // The keys as the sweep wrote them before, then migrated: the next full sweep finds every reminder there.
    const migration = new KeyRemindersByDeadline1796300000000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      expect(await keys()).toEqual(written.map((k) => k.slice(`${due}:`.length)));
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await keys()).toEqual(written);
    await t.dataSource.query(`UPDATE reminder_sweep_state SET full_sweep = true`);
    expect(await sweep()).toEqual({ ran: true, created: 0, digests: 0, queued: 0 });
    expect(await keys()).toEqual(written);
  });

  it('cuts the due cases into pages that hold each case once, one that falls due meanwhile included', async () => {
    const due = t.app.get(CaseDueQueries);
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      ids.push((await openCase(t, leader, { receivedAt: '2024-03-25T09:00:00+07:00' })).id);
    }
    // Two share a due date (the pages cut between them by id); the last has none yet.
    await t.dataSource.query(
      `UPDATE citizen_case c SET due_date = v.due FROM unnest($1::uuid[], $2::date[]) AS v(id, due) WHERE c.id = v.id`,
      [ids, ['2024-04-02', '2024-04-05', '2024-04-05', '2024-04-08', '2024-04-09', null]],
    );
    const filter = { dueOnOrBefore: '2024-04-30', only: { caseIds: ids, dueRanges: [] } };
    const pages = await due.duePages(filter, 2);
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => p.from)).toEqual(['2024-04-02', '2024-04-05', '2024-04-08']);
    await t.dataSource.query(`UPDATE citizen_case SET due_date = '2024-04-06' WHERE id = $1`, [ids[5]]);
    const walked: string[][] = [];
    for (const page of pages) {
      const { sql, params } = due.dueCasesPage(filter, page, 1);
      walked.push((await t.dataSource.query<{ id: string }[]>(sql, params)).map((r) => r.id));
    }
    expect(walked.map((w) => w.length)).toEqual([2, 3, 1]);
    expect(walked.flat().sort()).toEqual([...ids].sort());
    expect(walked[1]).toContain(ids[5]);
  });

  it('finds which of many jobs Redis lost, past the 100 keys that one check takes, and queues those only', async () => {
    const queue = t.app.get<Queue<SendNotificationPayload>>(getQueueToken(NOTIFICATION_QUEUE));
    const producer = t.app.get(NotificationProducerService);
    await t.dataSource.query(`UPDATE notification SET status = 'sent' WHERE status = 'pending'`);
    await queue.obliterate({ force: true });
    const rows: { id: string }[] = await t.dataSource.query(
      `INSERT INTO notification (dedupe_key, stage, template, recipient, data)
       SELECT 'held-check:' || g, 'digest', 'digest', 'canbo' || g || '@ubnd.vn', '{}' FROM generate_series(1, 250) g
       RETURNING id::text`,
    );
    expect(await producer.enqueuePending({ batchSize: 250 })).toBe(250);
    expect(await producer.enqueuePending({ batchSize: 250 })).toBe(0);
    // In the order they are checked (by key): the first and last of the first hundred, the next, the last.
    const ids = rows.map((r) => r.id).sort();
    const lost = [ids[0], ids[99], ids[100], ids[249]];
    for (const id of lost) {
      await (await queue.getJob(id))!.remove();
    }
    expect(await producer.enqueuePending({ batchSize: 250 })).toBe(4);
    expect(await Promise.all(lost.map(async (id) => (await queue.getJob(id))?.data.notificationIds))).toEqual(
      lost.map((id) => [id]),
    );
  });

  it("tells whether the outbox holds a key of a range of due dates, in the keys' order", async () => {
    await t.dataSource.query(
      `INSERT INTO notification (dedupe_key, stage, template, recipient, data)
       VALUES ('2031-01-15:case:1:overdue:user', 'digest', 'digest', 'canbo@ubnd.vn', '{}')`,
    );
    const has = (from: string | null, before: string): Promise<boolean> =>
      outboxHasKeys(t.dataSource, from, before);
    expect(await has('2031-01-15', '2031-01-16')).toBe(true);
    expect(await has('2031-01-01', '2031-02-01')).toBe(true);
    expect(await has('2031-01-16', '2031-02-01')).toBe(false);
    expect(await has('2031-01-14', '2031-01-15')).toBe(false);
    expect(await has('2030-12-31', '2031-01-15')).toBe(false);
    await t.dataSource.query(`DELETE FROM notification WHERE dedupe_key LIKE '2031-%'`);
  });

  it('writes a page none of whose due dates has a key without ON CONFLICT, and again skipping keys should one come meanwhile', async () => {
    const service = t.app.get(ReminderSweepService);
    const unit = (await t.createUnit({ level: 'district' })).id;
    const boss = await t.createUser('leader', unit, { email: 'truongban@ubnd.vn' });
    now = new Date('2024-09-16T09:00:00+07:00');
    await sweep(); // the day's full sweep (a user was added): the next ones look at the changed cases only
    /** Cases of the unit due on these dates (changed since the last sweep: the next one looks at them only). */
    const dueOn = async (dates: string[]): Promise<string[]> => {
      const ids: string[] = [];
      for (const _ of dates) {
        ids.push((await openCase(t, boss, { receivedAt: '2024-09-09T09:00:00+07:00' })).id);
      }
      await t.dataSource.query(
        `UPDATE citizen_case c SET due_date = v.due FROM unnest($1::uuid[], $2::date[]) AS v(id, due) WHERE c.id = v.id`,
        [ids, dates],
      );
      return ids;
    };
    const query = t.dataSource.query.bind(t.dataSource);
    const statements: { onConflict: boolean; failed: boolean }[] = [];
    const spy = jest.spyOn(t.dataSource, 'query').mockImplementation(async (sql: string, ...rest) => {
      if (!sql.includes('INSERT INTO notification (id, dedupe_key')) {
        return query(sql, ...rest);
      }
      const statement = { onConflict: sql.includes('ON CONFLICT'), failed: false };
      statements.push(statement);
      return query(sql, ...rest).catch((error: unknown) => {
        statement.failed = true;
        throw error;
      });
    });
    const mine = ['escalation:truongban@ubnd.vn', 'overdue:truongban@ubnd.vn'];
    try {
      // Due dates no other case has: the outbox holds none of their keys.
      const fresh = await dueOn(['2024-09-02', '2024-09-03']);
      expect(await sweep()).toMatchObject({ created: 4 });
      expect(statements).toEqual([{ onConflict: false, failed: false }]);
      for (const id of fresh) {
        expect(await stages(id)).toEqual(mine);
      }

      // A key written between the check and the insert (the check made to miss it): the page fails whole and is
      // written again without the row that is there.
      statements.length = 0;
      const [late, other] = await dueOn(['2024-09-04', '2024-09-04']);
      const [{ version }] = await t.dataSource.query<{ version: number }[]>(
        `SELECT deadline_version AS version FROM citizen_case WHERE id = $1`,
        [late],
      );
      const [{ id: there }] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO notification (dedupe_key, case_id, stage, template, recipient_user_id, recipient, deadline,
                                   deadline_version, data)
         VALUES ($1, $2, 'overdue', 'overdue', $3, 'truongban@ubnd.vn', '2024-09-04', $4, '{}') RETURNING id`,
        [`2024-09-04:${late}:${version}:overdue:${boss.id}`, late, boss.id, version],
      );
      const check = jest.spyOn(service, 'pageKeysExist').mockResolvedValue(false);
      try {
        expect(await sweep()).toMatchObject({ created: 3 });
      } finally {
        check.mockRestore();
      }
      expect(statements).toEqual([
        { onConflict: false, failed: true },
        { onConflict: true, failed: false },
      ]);
      expect(await stages(late)).toEqual(mine);
      expect(await stages(other)).toEqual(mine);
      const [{ n }] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM notification WHERE case_id = $1 AND stage = 'overdue' AND id = $2`,
        [late, there],
      );
      expect(n).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});
