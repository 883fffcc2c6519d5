import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service.js';
import { CaseDueQueries, type DueCaseFilter, type DuePage } from '../cases/case-due.queries.js';
import { BusinessClock } from '../common/clock.js';
import { type AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { NotificationProducerService } from '../notifications/notification-producer.service.js';
import { addDays } from '../calendar/domain/business-date.js';
import {
  isDuplicateKey,
  type MailJob,
  outboxHasKeys,
  outboxInsertSql,
} from '../notifications/notification-queue.js';
import {
  isWithinSendWindow,
  parseSendWindow,
  type StageBounds,
  stageBounds,
} from './domain/reminder-schedule.js';
import { planSweep, type SweepPlan } from './reminder-sweep-state.js';

export interface SweepResult {
  /** Whether the reminders ran (false outside the send window, when only citizen notices are queued). */
  ran: boolean;
  created: number;
  digests: number;
  queued: number;
}

/** Due cases per statement, and mails per BullMQ job (a job sends its mails one after the other). */
const CASES_PER_PAGE = 4_000;
const MAILS_PER_JOB = 50;
/** Pages created side by side (PostgreSQL inserts with one core per connection). */
const SWEEP_STREAMS = 2;

interface PageRow {
  jobs: { key: string; ids: string[] }[] | null;
}

/**
 * The reminders of one page of due cases ($1 today, $2 escalation bound, the page's parameters, then the page's
 * tag, a time-ordered UUID): each stage reached, to the assignee (the leaders of the unit when there is none,
 * and for an escalation), into the outbox with dedupe keys that start with the due date (pages go by due date,
 * so a page's keys are checked and added in one region of the unique index: migration KeyRemindersByDeadline)
 * and ids that are the tag with the row's number in its last 32 bits (time-ordered, so the primary key grows at
 * its end, and computed, not drawn: `gen_random_uuid()` per row cost a third of the statement's expressions),
 * grouped into jobs of MAILS_PER_JOB; answers the jobs. `existing`: see outboxInsertSql.
 */
function createRemindersSql(page: string, tagParam: number, existing: 'skip' | 'fail'): string {
  const recipient = (join: string, where: string): string =>
    `SELECT st.*, u.id AS user_id, u.email, u.full_name FROM staged st JOIN app_user u ON ${join}
      WHERE ${where} AND u.active AND u.email IS NOT NULL`;
  return `WITH due AS (${page}
     ), staged AS (
       SELECT d.*, s.stage
         FROM due d
        CROSS JOIN LATERAL (VALUES
          (CASE WHEN d.due_date > $1::date THEN 'due_soon' END),
          (CASE WHEN d.due_date = $1::date THEN 'due_today' END),
          (CASE WHEN d.due_date < $1::date THEN 'overdue' END),
          (CASE WHEN d.due_date <= $2::date THEN 'escalation' END)) AS s(stage)
        WHERE s.stage IS NOT NULL
     ), recipient AS (
       ${recipient('u.id = st.assignee_id', `st.stage <> 'escalation'`)}
       UNION ALL
       ${recipient(`u.unit_id = st.unit_id AND u.role = 'leader'`, `(st.stage = 'escalation' OR st.assignee_id IS NULL)`)}
     ), ins AS (
       ${outboxInsertSql(
         'id, dedupe_key, case_id, stage, template, recipient_user_id, recipient, deadline, deadline_version, data, job_key',
         `SELECT (left($${tagParam}::text, 28) || lpad(to_hex(row_number() OVER ()), 8, '0'))::uuid,
              to_char(r.due_date, 'YYYY-MM-DD') || ':' || r.id || ':' || r.deadline_version || ':' || r.stage || ':' ||
                r.user_id,
              r.id, r.stage, r.stage, r.user_id,
              r.email, r.due_date, r.deadline_version,
              jsonb_build_object('code', r.code, 'kind', r.kind, 'caseSubject', r.subject,
                                 'dueDate', to_char(r.due_date, 'DD/MM/YYYY'), 'recipientName', r.full_name),
              $${tagParam}::text || '.' || (row_number() OVER () / ${MAILS_PER_JOB})
         FROM recipient r`,
         'id, job_key',
         existing,
       )}
     )
     SELECT (SELECT json_agg(json_build_object('key', j.job_key, 'ids', j.ids))
               FROM (SELECT job_key, array_agg(id ORDER BY id) AS ids FROM ins GROUP BY job_key) j) AS jobs`;
}

/**
 * Creates every reminder whose time has come for the current deadline of each open case, the leaders' daily
 * digest, and queues every pending outbox row whose job is not in the queue. Rows are unique per (case, deadline
 * version, stage, recipient), so running it twice, or on two workers at once, creates nothing twice; its result
 * counts what this run created and what it queued (a row queued by another run is not counted again).
 */
@Injectable()
export class ReminderSweepService {
  private readonly logger = new Logger(ReminderSweepService.name);
  /** Due cases per statement (a test makes it small to stop a sweep between two pages). */
  casesPerPage = CASES_PER_PAGE;

  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: CalendarService,
    private readonly producer: NotificationProducerService,
    private readonly clock: BusinessClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
    private readonly cases: CaseDueQueries,
  ) {}

  async sweep(): Promise<SweepResult> {
    const started = performance.now();
    const result = await this.sweepOnce();
    this.metrics.recordSweep((performance.now() - started) / 1000, result);
    return result;
  }

  private async sweepOnce(): Promise<SweepResult> {
    const now = this.clock.now();
    const calendar = await this.calendar.calendar();
    const window = parseSendWindow(this.config.reminders.sendWindow);
    // Citizen notices are not held to the staff send window: failed ones get another round, pending ones
    // (left behind by an SMTP or Redis outage) are queued at any hour.
    const reopened = await this.producer.reopenFailedCitizenNotices();
    if (!isWithinSendWindow(now, window, calendar, this.config.businessTimeZone)) {
      const queued = await this.producer.enqueuePending({ citizenNoticesOnly: true });
      return { ran: false, created: 0, digests: 0, queued };
    }
    const { dueSoonDays, escalationDays } = this.config.reminders;
    const bounds = stageBounds(calendar, this.clock.dateOf(now), dueSoonDays, escalationDays);
    // What an earlier sweep, a crash or an outage left unqueued first (the rows whose job Redis does not hold);
    // this sweep's rows are queued as they are created.
    let queued = await this.producer.enqueuePending();
    const runner = this.dataSource.createQueryRunner();
    let created = 0;
    let digests = 0;
    try {
      await runner.connect();
      await runner.startTransaction();
      const plan = await planSweep(runner.manager, bounds);
      if (plan.changed) {
        // The digests read the cases, not the reminders: they are written beside them.
        const [reminders, ids] = await allSettledOrThrow([
          this.createReminders(bounds, plan),
          calendar.isWorkingDay(bounds.today) ? this.createDigests(bounds.today) : Promise.resolve([]),
        ] as const);
        created = reminders.created;
        queued += reminders.queued;
        digests = ids.length;
        queued += await this.producer.enqueueJobsQuietly(
          ids.map((id) => ({ key: id, ids: [id], attempts: 0 })),
        );
      }
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) {
        await runner.rollbackTransaction();
      }
      throw error;
    } finally {
      await runner.release();
    }
    this.logger.log({ message: 'reminder sweep', today: bounds.today, created, digests, reopened, queued });
    return { ran: true, created, digests, queued };
  }

  /**
   * The due cases page by page (memory stays flat): the pages are cut first (`duePages`), then SWEEP_STREAMS
   * streams side by side each take the next page left; each page is one statement that creates the reminders of
   * its cases (their stages, their recipients) and commits them, and its mails are queued in jobs of
   * MAILS_PER_JOB while the stream's next page is created. Once a page failed, no stream takes another. A sweep
   * that dies leaves the state unchanged (its transaction rolls back): the next sweep creates the rest, and
   * queues what was created but not queued.
   */
  private async createReminders(
    bounds: StageBounds,
    plan: SweepPlan,
  ): Promise<{ created: number; queued: number }> {
    const filter = { dueOnOrBefore: bounds.dueSoonUntil, only: plan.only };
    const pages = await this.cases.duePages(filter, this.casesPerPage);
    // Once Redis failed to take a batch, the rest waits in the outbox for the next sweep.
    const shared = { next: 0, failed: false, redisDown: false };
    const takePage = (): DuePage | undefined => (shared.failed ? undefined : pages[shared.next++]);
    const streams = await allSettledOrThrow(
      Array.from({ length: SWEEP_STREAMS }, () =>
        this.createStream(bounds, filter, takePage, shared).catch((error: unknown) => {
          shared.failed = true;
          throw error;
        }),
      ),
    );
    return {
      created: streams.reduce((n, s) => n + s.created, 0),
      queued: streams.reduce((n, s) => n + s.queued, 0),
    };
  }

  private async createStream(
    bounds: StageBounds,
    filter: DueCaseFilter,
    takePage: () => DuePage | undefined,
    shared: { redisDown: boolean },
  ): Promise<{ created: number; queued: number }> {
    let created = 0;
    let queued = 0;
    let queueing: Promise<number> = Promise.resolve(0);
    for (let due = takePage(); due; due = takePage()) {
      const jobs = await this.createPage(bounds, filter, due);
      created += jobs.reduce((n, j) => n + j.ids.length, 0);
      queued += await queueing;
      queueing = shared.redisDown
        ? Promise.resolve(0)
        : this.producer.enqueueJobsQuietly(jobs).then((n) => {
            shared.redisDown ||= jobs.length > 0 && n === 0;
            return n;
          });
    }
    return { created, queued: queued + (await queueing) };
  }

  /**
   * One page's reminders, committed, as jobs to queue. Where the outbox holds no key of the page's due dates
   * (reminder keys start with the due date), none of its rows can be there: they are inserted without ON
   * CONFLICT, whose probe of the unique index before each row was 11-16 % of a page. Should a key have come
   * meanwhile (the statement then fails whole), the page is written again skipping the keys that are there.
   */
  private async createPage(bounds: StageBounds, filter: DueCaseFilter, due: DuePage): Promise<MailJob[]> {
    const page = this.cases.dueCasesPage(filter, due, 3);
    const write = async (existing: 'skip' | 'fail'): Promise<MailJob[]> => {
      const [row] = await this.dataSource.query<PageRow[]>(
        createRemindersSql(page.sql, 3 + page.params.length, existing),
        [bounds.today, bounds.escalateOnOrBefore, ...page.params, timeOrderedUuid()],
      );
      return (row.jobs ?? []).map((j) => ({ key: j.key, ids: j.ids, attempts: 0 }));
    };
    const lastDue = due.through?.dueDate ?? filter.dueOnOrBefore;
    if (await this.pageKeysExist(due.from, addDays(lastDue, 1))) {
      return write('skip');
    }
    try {
      return await write('fail');
    } catch (error) {
      if (!isDuplicateKey(error)) {
        throw error;
      }
      return write('skip');
    }
  }

  /**
   * Whether the outbox holds a reminder key of a due date from `from` (the first when null) before `before`.
   * (Public: a test makes it miss a key, to see a page written again.)
   */
  pageKeysExist(from: string | null, before: string): Promise<boolean> {
    return outboxHasKeys(this.dataSource, from, before);
  }

  /**
   * Each leader with overdue or due-today cases in their unit tree gets one digest a working day. The lists are
   * built once per unit tree, not once per leader: a unit's chairman and vice-chairmen get the same ones.
   */
  private async createDigests(today: string): Promise<string[]> {
    const item = `jsonb_build_object('code', c.code, 'kind', c.kind, 'caseSubject', c.subject,
                                     'dueDate', to_char(c.due_date, 'DD/MM/YYYY'))`;
    const rows = await this.dataSource.query<{ id: string }[]>(
      `WITH leader AS (
         SELECT u.id, u.email, u.full_name, unit.path
           FROM app_user u JOIN unit ON unit.id = u.unit_id
          WHERE u.role = 'leader' AND u.active AND u.email IS NOT NULL
       ), tree AS (
         SELECT DISTINCT path FROM leader
       ), listed AS (
         SELECT t.path,
                jsonb_agg(${item} ORDER BY c.due_date, c.code) FILTER (WHERE c.due_date < $1) AS overdue,
                jsonb_agg(${item} ORDER BY c.code) FILTER (WHERE c.due_date = $1) AS due_today
           FROM tree t
           JOIN unit cu ON cu.path LIKE t.path || '%'
           JOIN (${this.cases.dueCasesOfUnits(1)}) c ON c.unit_id = cu.id
          GROUP BY t.path
       )
       ${outboxInsertSql(
         'dedupe_key, stage, template, recipient_user_id, recipient, data',
         `SELECT 'digest:' || $1 || ':' || l.id, 'digest', 'digest', l.id, l.email,
              jsonb_build_object('date', to_char($1::date, 'DD/MM/YYYY'), 'recipientName', l.full_name,
                                 'overdue', coalesce(x.overdue, '[]'), 'dueToday', coalesce(x.due_today, '[]'))
         FROM listed x JOIN leader l ON l.path = x.path`,
         'id',
       )}`,
      [today],
    );
    return rows.map((r) => r.id);
  }
}

/**
 * The values of all the promises once every one has settled, or the first failure then: a statement of the sweep
 * never writes after its transaction is over.
 */
async function allSettledOrThrow<T extends readonly unknown[]>(
  work: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(work);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    throw failed.reason;
  }
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: Awaited<T[K]>;
  };
}

/** A version 7 UUID (RFC 9562): 48 bits of Unix milliseconds, then random bits. */
function timeOrderedUuid(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
