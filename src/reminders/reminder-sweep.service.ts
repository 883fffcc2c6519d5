import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service.js';
import { businessDateOf } from '../calendar/domain/business-date.js';
import { Clock } from '../common/clock.js';
import { type AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { NotificationProducerService } from '../notifications/notification-producer.service.js';
import { isWithinSendWindow, parseSendWindow, stageBounds } from './domain/reminder-schedule.js';
import { planSweep, type SweepPlan } from './reminder-sweep-state.js';

export interface SweepResult {
  /** Whether the reminders ran (false outside the send window, when only citizen notices are queued). */
  ran: boolean;
  created: number;
  digests: number;
  queued: number;
}

/**
 * Creates every reminder whose time has come for the current deadline of each open case, the leaders' daily
 * digest, and queues every pending outbox row. Rows are unique per (case, deadline version, stage, recipient),
 * so running it twice, or on two workers at once, creates nothing twice.
 */
@Injectable()
export class ReminderSweepService {
  private readonly logger = new Logger(ReminderSweepService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: CalendarService,
    private readonly producer: NotificationProducerService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
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
    const bounds = stageBounds(
      calendar,
      businessDateOf(now, this.config.businessTimeZone),
      dueSoonDays,
      escalationDays,
    );
    const { created, digests } = await this.dataSource.transaction(async (manager) => {
      const plan = await planSweep(manager, bounds);
      return {
        created: plan.changed ? await this.createReminders(manager, bounds, plan) : 0,
        digests:
          plan.changed && calendar.isWorkingDay(bounds.today)
            ? await this.createDigests(manager, bounds.today)
            : 0,
      };
    });
    const queued = await this.producer.enqueuePending();
    this.logger.log({ message: 'reminder sweep', today: bounds.today, created, digests, reopened, queued });
    return { ran: true, created, digests, queued };
  }

  /** One statement: the due cases (index on due_date), their stages, their recipients, into the outbox. */
  private async createReminders(
    manager: EntityManager,
    bounds: ReturnType<typeof stageBounds>,
    plan: SweepPlan,
  ): Promise<number> {
    const [{ n }] = await manager.query<{ n: number }[]>(
      `WITH due AS (
         SELECT c.id, c.code, c.kind, c.subject, c.due_date, c.deadline_version, c.assignee_id, c.unit_id
           FROM citizen_case c
          WHERE c.due_date <= $2 AND c.status IN ('received', 'in_progress') AND ${plan.filter}
       ), staged AS (
         SELECT d.*, s.stage
           FROM due d
          CROSS JOIN LATERAL (VALUES
            (CASE WHEN d.due_date > $1 THEN 'due_soon' END),
            (CASE WHEN d.due_date = $1 THEN 'due_today' END),
            (CASE WHEN d.due_date < $1 THEN 'overdue' END),
            (CASE WHEN d.due_date <= $3 THEN 'escalation' END)) AS s(stage)
          WHERE s.stage IS NOT NULL
       ), ins AS (
       INSERT INTO notification (dedupe_key, case_id, stage, template, recipient_user_id, recipient, deadline,
                                 deadline_version, data)
       SELECT st.id || ':' || st.deadline_version || ':' || st.stage || ':' || u.id, st.id, st.stage, st.stage, u.id,
              u.email, st.due_date, st.deadline_version,
              jsonb_build_object('code', st.code, 'kind', st.kind, 'caseSubject', st.subject,
                                 'dueDate', to_char(st.due_date, 'DD/MM/YYYY'), 'recipientName', u.full_name)
         FROM staged st
         JOIN app_user u
           ON u.active AND u.email IS NOT NULL
          AND CASE WHEN st.stage <> 'escalation' AND st.assignee_id IS NOT NULL THEN u.id = st.assignee_id
                   ELSE u.role = 'leader' AND u.unit_id = st.unit_id END
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING 1
       ) SELECT count(*)::int AS n FROM ins`,
      [bounds.today, bounds.dueSoonUntil, bounds.escalateOnOrBefore, ...plan.params],
    );
    return n;
  }

  /** Each leader with overdue or due-today cases in their unit tree gets one digest a working day. */
  private async createDigests(manager: EntityManager, today: string): Promise<number> {
    const rows = await manager.query<unknown[]>(
      `WITH leader AS (
         SELECT u.id, u.email, u.full_name, unit.path
           FROM app_user u JOIN unit ON unit.id = u.unit_id
          WHERE u.role = 'leader' AND u.active AND u.email IS NOT NULL
       ), listed AS (
         SELECT l.id AS leader_id,
                jsonb_agg(jsonb_build_object('code', c.code, 'kind', c.kind, 'caseSubject', c.subject,
                          'dueDate', to_char(c.due_date, 'DD/MM/YYYY')) ORDER BY c.due_date, c.code)
                  FILTER (WHERE c.due_date < $1) AS overdue,
                jsonb_agg(jsonb_build_object('code', c.code, 'kind', c.kind, 'caseSubject', c.subject,
                          'dueDate', to_char(c.due_date, 'DD/MM/YYYY')) ORDER BY c.code)
                  FILTER (WHERE c.due_date = $1) AS due_today
           FROM leader l
           JOIN unit cu ON cu.path LIKE l.path || '%'
           JOIN citizen_case c ON c.unit_id = cu.id AND c.due_date <= $1 AND c.status IN ('received', 'in_progress')
          GROUP BY l.id
       )
       INSERT INTO notification (dedupe_key, stage, template, recipient_user_id, recipient, data)
       SELECT 'digest:' || $1 || ':' || l.id, 'digest', 'digest', l.id, l.email,
              jsonb_build_object('date', to_char($1::date, 'DD/MM/YYYY'), 'recipientName', l.full_name,
                                 'overdue', coalesce(x.overdue, '[]'), 'dueToday', coalesce(x.due_today, '[]'))
         FROM listed x JOIN leader l ON l.id = x.leader_id
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [today],
    );
    return rows.length;
  }
}
