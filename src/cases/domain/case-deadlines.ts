import { businessDateOf, type IsoDate } from '../../calendar/domain/business-date.js';
import { computeDeadline, type DeadlineResult } from '../../calendar/domain/deadline-clock.js';
import { extensionRule, findRule, resolutionVariant } from '../../calendar/domain/deadline-rules.js';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar.js';
import type { ExtensionPolicy } from './case-extension.js';
import { type CaseKind, type CaseProcedure, type Complexity, KIND_TRAITS } from './case-kind.js';
import { type CaseClock, type CaseStatus, STATUS_TRAITS } from './case-status.js';

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

export function computeCaseDeadlines(
  facts: CaseClockFacts,
  calendar: WorkingCalendar,
  timeZone: string,
): CaseDeadlines {
  const receivedDate = businessDateOf(facts.receivedAt, timeZone);
  const administrative = KIND_TRAITS[facts.kind].administrative;
  const acceptance = administrative ? null : acceptanceDeadline(facts, calendar, receivedDate);
  const resolution = resolutionDeadline(facts, calendar, timeZone, receivedDate, administrative);
  const running = STATUS_TRAITS[facts.status].clock;
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
  const from = KIND_TRAITS[facts.kind].pausesCountFrom;
  const pauses = from === null ? facts.pauses : facts.pauses.filter((p) => p.from >= from);
  return computeDeadline({
    calendar,
    rule,
    start: rule.unit === 'same_day' ? facts.receivedAt : startDate,
    timeZone,
    extensions: facts.extensions,
    pauses,
  });
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
