/**
 * The rules of the citizen reception log (Luật Tiếp công dân 2013, NĐ 64/2014, NĐ 154/2026; DOMAIN.md §4, §12.9).
 * Pure: no framework imports, no clock. Each rule returns data or a message; the service turns messages into
 * 400 (bad input) or 422 (a rule of the law refuses it).
 */

export const RECEPTION_CATEGORIES = ['complaint', 'denunciation', 'petition', 'mixed', 'other'] as const;
export type ReceptionCategory = (typeof RECEPTION_CATEGORIES)[number];

export const RECEPTION_HOSTS = ['desk', 'leader'] as const;
export type ReceptionHost = (typeof RECEPTION_HOSTS)[number];

export const RECEPTION_OUTCOMES = ['guided', 'case_opened', 'transferred', 'answered', 'refused'] as const;
export type ReceptionOutcome = (typeof RECEPTION_OUTCOMES)[number];

/**
 * Grounds to refuse a reception (Luật TCD Art. 9; NĐ 154/2026 Art. 4(1) adds the ones marked below from
 * 2026-07-01).
 */
export const REFUSAL_GROUNDS = [
  'intoxicated_or_mentally_unable', // Art. 9(1): drunk, or unable to control their acts
  'threatening_or_insulting', // Art. 9(2)
  'already_resolved', // Art. 9(3): repeated on a matter lawfully resolved, reviewed and notified
  'carrying_weapons', // NĐ 154 from here on
  'refused_security_check',
  'unauthorised_recording',
  'incitement',
  'no_capacity_or_representative',
  'out_of_scope',
  'pakn_already_answered',
  'final_court_judgment',
  'handled_by_other_body',
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

/** The first day of NĐ 154/2026 (and of the grounds it adds). */
export const ND154_FROM = '2026-07-01';
const ART9_GROUNDS: readonly RefusalGround[] = [
  'intoxicated_or_mentally_unable',
  'threatening_or_insulting',
  'already_resolved',
];

/** A group visit (đoàn đông người): 5 or more visitors (Luật TCD Art. 29; report form 01/TCD). */
export const GROUP_VISIT_MIN = 5;

/** Null when the ground may be used on a visit of that business date; otherwise why not. */
export function refusalGroundProblem(ground: RefusalGround, visitDate: string): string | null {
  if (visitDate < ND154_FROM && !ART9_GROUNDS.includes(ground)) {
    return `refusalGround ${ground} exists only from ${ND154_FROM} (NĐ 154/2026 Art. 4); before that only Luật TCD Art. 9 grounds apply`;
  }
  return null;
}

export function isGroupVisit(visitorCount: number): boolean {
  return visitorCount >= GROUP_VISIT_MIN;
}

/**
 * How many representatives a visit needs (Luật TCD Art. 29): 5 to 10 visitors 1 or 2; more than 10 at least
 * 1 and at most 5. The law is silent below 5: the register must name at least one visitor, and there cannot
 * be more representatives than visitors, so 1 to `visitorCount`.
 */
export function representativeBounds(visitorCount: number): { min: number; max: number } {
  if (visitorCount > 10) {
    return { min: 1, max: 5 };
  }
  if (visitorCount >= GROUP_VISIT_MIN) {
    return { min: 1, max: 2 };
  }
  return { min: 1, max: Math.max(visitorCount, 1) };
}

/** Null when the count of representatives fits the count of visitors; otherwise a message for the citizen's file. */
export function representativesProblem(visitorCount: number, representatives: number): string | null {
  if (!Number.isInteger(visitorCount) || visitorCount < 1) {
    return 'visitorCount must be at least 1';
  }
  const { min, max } = representativeBounds(visitorCount);
  if (representatives >= min && representatives <= max) {
    return null;
  }
  const rule =
    visitorCount > 10
      ? 'a group of more than 10 visitors appoints 1 to 5 representatives (Luật TCD Art. 29)'
      : visitorCount >= GROUP_VISIT_MIN
        ? 'a group of 5 to 10 visitors appoints 1 or 2 representatives (Luật TCD Art. 29)'
        : `a visit of ${visitorCount} visitor(s) names 1 to ${max} of them`;
  return `representatives: ${representatives} given, but ${rule}`;
}

/** Working days the receiver has to reply after receiving the content (Luật TCD Art. 28(1)). */
export const REPLY_WORKING_DAYS = 10;

/**
 * Whether the outcome leaves a reply owed under Art. 28(1). The content was received and not answered on the
 * spot when a case is opened (reply: accepted, needs verification or refused) or when it is transferred to
 * another body (reply: forwarded). Guided and answered visits were dealt with on the spot; a refused reception
 * received no content.
 */
export function owesReply(outcome: ReceptionOutcome): boolean {
  switch (outcome) {
    case 'case_opened':
    case 'transferred':
      return true;
    case 'guided':
    case 'answered':
    case 'refused':
      return false;
  }
}

/** A calendar that counts working days (the WorkingCalendar of the calendar module fits). */
export interface WorkingDayCounter {
  addWorkingDays(start: string, n: number): string;
}

/** The reply due date, `REPLY_WORKING_DAYS` working days after the visit date (start day not counted), or null. */
export function replyDueDate(
  outcome: ReceptionOutcome,
  visitDate: string,
  calendar: WorkingDayCounter,
): string | null {
  return owesReply(outcome) ? calendar.addWorkingDays(visitDate, REPLY_WORKING_DAYS) : null;
}
