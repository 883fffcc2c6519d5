import { businessDateOf, type IsoDate } from '../../calendar/domain/business-date.js';
import { computeDeadline, type DeadlineResult } from '../../calendar/domain/deadline-clock.js';
import { extensionRule, findRule, resolutionVariant } from '../../calendar/domain/deadline-rules.js';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar.js';
import type { ExtensionPolicy } from './case-extension.js';
import type { CaseKind, CaseProcedure, Complexity } from './case-kind.js';
import type { CaseClock, CaseStatus } from './case-workflow.js';

/** A suspension of the resolution clock: from the suspension date to the resumption date (null: still on). */
export interface CasePause {
  from: IsoDate;
  to: IsoDate | null;
}

/** What the clocks of a case depend on; every date is when it happened (`occurredAt`), not when recorded. */
export interface CaseClockFacts {
  kind: CaseKind;
  procedure: CaseProcedure | null;
  status: CaseStatus;
  complexity: Complexity;
  remoteArea: boolean;
  receivedAt: Date;
  acceptedAt: Date | null;
  extensions: readonly { days: number }[];
  pauses: readonly CasePause[];
}

export interface CaseDeadlines {
  /** From receipt: the acceptance limit (KN, TC) or the reply of Luật TCD Art. 28 (petitions); null for HT, CT. */
  acceptance: DeadlineResult | null;
  /** From acceptance (HT and CT: from receipt); null until accepted. */
  resolution: DeadlineResult | null;
  /** The clock that runs now: null while suspended and once finished. */
  running: CaseClock | null;
  /** The due date of the running clock. */
  dueDate: IsoDate | null;
}

/** Complaints count suspensions only from 2026-07-01 (NĐ 155/2026); denunciations always (Luật TC Art. 34(2)). */
const COMPLAINT_PAUSES_FROM = '2026-07-01';

const ADMINISTRATIVE: readonly CaseKind[] = ['civil_status', 'certification'];

export function computeCaseDeadlines(
  facts: CaseClockFacts,
  calendar: WorkingCalendar,
  timeZone: string,
): CaseDeadlines {
  const receivedDate = businessDateOf(facts.receivedAt, timeZone);
  const administrative = ADMINISTRATIVE.includes(facts.kind);
  const acceptance = administrative ? null : acceptanceDeadline(facts, calendar, receivedDate);
  const resolution = resolutionDeadline(facts, calendar, timeZone, receivedDate, administrative);
  const running = runningClock(facts.status);
  const dueDate =
    running === 'acceptance' ? (acceptance?.dueDate ?? null) : running ? (resolution?.dueDate ?? null) : null;
  return { acceptance, resolution, running, dueDate };
}

function acceptanceDeadline(
  facts: CaseClockFacts,
  calendar: WorkingCalendar,
  receivedDate: IsoDate,
): DeadlineResult | null {
  const rule = findRule(facts.kind, facts.procedure, 'acceptance', 'normal', receivedDate);
  return rule ? computeDeadline({ calendar, rule, start: receivedDate }) : null;
}

function resolutionDeadline(
  facts: CaseClockFacts,
  calendar: WorkingCalendar,
  timeZone: string,
  receivedDate: IsoDate,
  administrative: boolean,
): DeadlineResult | null {
  if (!administrative && !facts.acceptedAt) {
    return null;
  }
  const startDate = administrative ? receivedDate : businessDateOf(facts.acceptedAt!, timeZone);
  const variant = resolutionVariant(facts.kind, facts.complexity, facts.remoteArea);
  const rule = findRule(facts.kind, facts.procedure, 'resolution', variant, startDate);
  if (!rule) {
    return null;
  }
  const pauses =
    facts.kind === 'complaint' ? facts.pauses.filter((p) => p.from >= COMPLAINT_PAUSES_FROM) : facts.pauses;
  return computeDeadline({
    calendar,
    rule,
    start: rule.unit === 'same_day' ? facts.receivedAt : startDate,
    timeZone,
    extensions: facts.extensions,
    pauses,
  });
}

function runningClock(status: CaseStatus): CaseClock | null {
  switch (status) {
    case 'received':
      return 'acceptance';
    case 'in_progress':
      return 'resolution';
    case 'suspended':
    case 'resolved':
    case 'withdrawn':
    case 'terminated':
    case 'rejected':
    case 'transferred':
      return null;
  }
}

/** Past the end of its due date (a deadline means "by the end of that day"). */
export function isOverdue(dueDate: IsoDate | null, today: IsoDate): boolean {
  return dueDate !== null && today > dueDate;
}

/** Whether a case that finished on `finishedDate` met the clock that ran when it finished. */
export function finishedOnTime(
  deadlines: CaseDeadlines,
  wasAccepted: boolean,
  finishedDate: IsoDate,
): boolean | null {
  const clock = wasAccepted || deadlines.acceptance === null ? deadlines.resolution : deadlines.acceptance;
  return clock?.dueDate ? finishedDate <= clock.dueDate : null;
}

/** The workflow's extension policy, from the rule table version in force on the day the clock started. */
export function extensionPolicyAt(at: IsoDate | null): ExtensionPolicy {
  return ({ kind, procedure, complexity, remoteArea }) =>
    extensionRule(kind, procedure, complexity, { remoteArea, at });
}
