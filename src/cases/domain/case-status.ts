// The statuses of a case and what each means outside the workflow (case-workflow.ts moves between them).

export const CASE_STATUSES = [
  'received',
  'in_progress',
  'suspended',
  'resolved',
  'withdrawn',
  'terminated',
  'rejected',
  'transferred',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * What each status means outside the workflow: whether the case is still open (not finished) and which clock
 * runs in it (none while suspended or finished). Every list of statuses below is derived from this table.
 */
export const STATUS_TRAITS: Readonly<Record<CaseStatus, { open: boolean; clock: CaseClock | null }>> = {
  received: { open: true, clock: 'acceptance' },
  in_progress: { open: true, clock: 'resolution' },
  suspended: { open: true, clock: null },
  resolved: { open: false, clock: null },
  withdrawn: { open: false, clock: null },
  terminated: { open: false, clock: null },
  rejected: { open: false, clock: null },
  transferred: { open: false, clock: null },
};

/** Not finished yet (suspended included). */
export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => STATUS_TRAITS[s].open);
export const TERMINAL_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => !STATUS_TRAITS[s].open);
/** A clock runs: the case has a due date that reminders and the calendar can move. */
export const RUNNING_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => STATUS_TRAITS[s].clock);

/** Statuses as an SQL list (`IN (...)`): they are constants of this file, never user input. */
export function sqlStatusList(statuses: readonly CaseStatus[]): string {
  return statuses.map((s) => `'${s}'`).join(', ');
}

/** `acceptance` runs from receipt while `received`; `resolution` from acceptance (HT and CT: from receipt). */
export type CaseClock = 'acceptance' | 'resolution';

export function isTerminal(status: CaseStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}
