import {
  ConflictError,
  DomainError,
  LegalRuleError,
  ValidationError,
} from '../../common/errors/domain-error.js';
import { grantExtension, nextExtension, type DayUnit, type ExtensionPolicy } from './case-extension.js';
import {
  isComplexity,
  isOutcomeValid,
  type CaseKind,
  type CaseOutcome,
  type CaseProcedure,
  type Complexity,
  KIND_TRAITS,
} from './case-kind.js';
import { type CaseClock, type CaseStatus, STATUS_TRAITS } from './case-status.js';

export const CASE_ACTIONS = [
  'accept',
  'reject',
  'transfer',
  'assign',
  'extend',
  'suspend',
  'resume',
  'resolve',
  'withdraw',
  'terminate',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** One move: the statuses it starts from and where it leads (`same`: the status does not change). */
export interface TransitionRule {
  readonly from: readonly CaseStatus[];
  readonly to: CaseStatus | 'same';
}

/** The moves of one kind of case. An action absent from the table does not apply to that kind. */
export type TransitionTable = Readonly<Partial<Record<CaseAction, TransitionRule>>>;

/**
 * Complaint and denunciation: API.md's action table as written. Suspension is the law's tạm đình chỉ
 * (Luật Tố cáo Art. 34; Luật Khiếu nại Art. 11a from 2026-07-01).
 */
const INVESTIGATION_MOVES: TransitionTable = {
  accept: { from: ['received'], to: 'in_progress' },
  reject: { from: ['received'], to: 'rejected' },
  transfer: { from: ['received'], to: 'transferred' },
  assign: { from: ['received', 'in_progress', 'suspended'], to: 'same' },
  extend: { from: ['in_progress'], to: 'same' },
  suspend: { from: ['in_progress'], to: 'suspended' },
  resume: { from: ['suspended'], to: 'in_progress' },
  resolve: { from: ['in_progress'], to: 'resolved' },
  withdraw: { from: ['received', 'in_progress', 'suspended'], to: 'withdrawn' },
  terminate: { from: ['in_progress', 'suspended'], to: 'terminated' },
};

/**
 * Petition: received, then accepted, refused or forwarded (the reply of Luật TCD Art. 28). No law provides
 * a suspension of a petition, so there is no `suspended` status. `extend` stays so that the extension
 * policy (which allows none today) answers 422 rather than 409.
 */
const PETITION_MOVES: TransitionTable = {
  accept: { from: ['received'], to: 'in_progress' },
  reject: { from: ['received'], to: 'rejected' },
  transfer: { from: ['received'], to: 'transferred' },
  assign: { from: ['received', 'in_progress'], to: 'same' },
  extend: { from: ['in_progress'], to: 'same' },
  resolve: { from: ['in_progress'], to: 'resolved' },
  withdraw: { from: ['received', 'in_progress'], to: 'withdrawn' },
  terminate: { from: ['in_progress'], to: 'terminated' },
};

/**
 * Civil status and certification requests start `in_progress` on a complete dossier (they are never
 * "accepted", refused at intake or forwarded: a refusal is the outcome `refused`) and the law provides no
 * suspension, only the extensions of DOMAIN.md sections 6 and 7.
 */
const ADMINISTRATIVE_MOVES: TransitionTable = {
  assign: { from: ['in_progress'], to: 'same' },
  extend: { from: ['in_progress'], to: 'same' },
  resolve: { from: ['in_progress'], to: 'resolved' },
  withdraw: { from: ['in_progress'], to: 'withdrawn' },
  terminate: { from: ['in_progress'], to: 'terminated' },
};

export const TRANSITIONS: Readonly<Record<CaseKind, TransitionTable>> = {
  complaint: INVESTIGATION_MOVES,
  denunciation: INVESTIGATION_MOVES,
  petition: PETITION_MOVES,
  civil_status: ADMINISTRATIVE_MOVES,
  certification: ADMINISTRATIVE_MOVES,
};

/** Administrative requests start `in_progress` on a complete dossier; the others are `received` first. */
export function initialStatus(kind: CaseKind): CaseStatus {
  return KIND_TRAITS[kind].administrative ? 'in_progress' : 'received';
}

export type CitizenNotice =
  | 'acceptance'
  | 'refusal'
  | 'transfer'
  | 'extension'
  | 'suspension'
  | 'resumption'
  | 'result'
  | 'withdrawal'
  | 'termination';

/** What the caller must do after persisting a move. Starting a clock ends the one that ran before. */
export type CaseEffect =
  | { readonly type: 'start_clock'; readonly clock: CaseClock }
  | { readonly type: 'pause_clock' }
  | { readonly type: 'resume_clock' }
  | { readonly type: 'extend'; readonly days: number; readonly unit: DayUnit }
  | { readonly type: 'stop_clocks' }
  | { readonly type: 'notify_citizen'; readonly notice: CitizenNotice };

/** What the workflow needs to know about a case. */
export interface CaseState {
  readonly kind: CaseKind;
  readonly procedure: CaseProcedure | null;
  readonly status: CaseStatus;
  readonly anonymous: boolean;
  /** Enough of the applicant's identity on file to accept a complaint or denunciation (the service decides). */
  readonly hasApplicantIdentity: boolean;
  readonly complexity: Complexity;
  readonly remoteArea: boolean;
  readonly extensionCount: number;
  readonly assigneeId: string | null;
  /** When the latest event on the case happened; a move may not be dated before it. */
  readonly lastEventAt: Date | null;
}

/** Fields a move sets on the case. `resolvedAt` is set by every move that counts as "đã giải quyết". */
export interface CaseChanges {
  complexity?: Complexity;
  remoteArea?: boolean;
  assigneeId?: string;
  extensionCount?: number;
  acceptedAt?: Date;
  resolvedAt?: Date;
  outcome?: CaseOutcome;
  decisionNumber?: string | null;
}

/** The body of each action (API.md), without `occurredAt` and `version`. `null` means absent. */
export interface ActionInputs {
  accept: { complexity?: Complexity | null; remoteArea?: boolean | null };
  reject: { reason: string };
  transfer: { toAuthority: string; reason?: string | null };
  assign: { assigneeId: string };
  extend: { reason: string; days?: number | null };
  suspend: { reason: string };
  resume: Record<string, never>;
  resolve: { outcome: CaseOutcome; summary: string; decisionNumber?: string | null };
  withdraw: { reason?: string | null };
  terminate: { reason: string };
}

export interface TransitionResult {
  readonly status: CaseStatus;
  readonly changes: CaseChanges;
  readonly effects: readonly CaseEffect[];
}

/** A new case: its first status and the clock that starts at receipt. */
export function openCase(kind: CaseKind): TransitionResult {
  const status = initialStatus(kind);
  const clock = STATUS_TRAITS[status].clock!;
  return { status, changes: {}, effects: [{ type: 'start_clock', clock }] };
}

/**
 * Applies `action` to a case. Throws ConflictError (409) when the case's status (or kind) does not allow
 * the move, ValidationError (400) for input the case's kind cannot take, LegalRuleError (422) when the law
 * refuses it. `now` is when the move happened (`occurredAt`).
 */
export function transition<A extends CaseAction>(
  state: CaseState,
  action: A,
  input: ActionInputs[A],
  now: Date,
  extensionPolicy: ExtensionPolicy,
): TransitionResult {
  const rule = allowedMove(state, action);
  assertNotBeforeLastEvent(state, now);
  const step: Step<A> = STEPS[action];
  const { changes = {}, effects } = step(state, input, { now, extensionPolicy });
  return { status: rule.to === 'same' ? state.status : rule.to, changes, effects };
}

function allowedMove(state: CaseState, action: CaseAction): TransitionRule {
  const rule = TRANSITIONS[state.kind][action];
  const details = { kind: state.kind, status: state.status, action };
  if (rule === undefined) {
    throw new ConflictError(
      `Cannot ${action} a ${state.kind} case in status '${state.status}': ${action} does not apply to ${state.kind} cases`,
      details,
    );
  }
  if (!rule.from.includes(state.status)) {
    throw new ConflictError(`Cannot ${action} a ${state.kind} case in status '${state.status}'`, details);
  }
  return rule;
}

function assertNotBeforeLastEvent(state: CaseState, now: Date): void {
  if (state.lastEventAt !== null && now.getTime() < state.lastEventAt.getTime()) {
    throw new ValidationError("occurredAt must not be before the case's last event", {
      occurredAt: now.toISOString(),
      lastEventAt: state.lastEventAt.toISOString(),
    });
  }
}

interface StepContext {
  readonly now: Date;
  readonly extensionPolicy: ExtensionPolicy;
}

interface StepResult {
  readonly changes?: CaseChanges;
  readonly effects: readonly CaseEffect[];
}

type Step<A extends CaseAction> = (
  state: CaseState,
  input: ActionInputs[A],
  context: StepContext,
) => StepResult;

const STEPS: { readonly [A in CaseAction]: Step<A> } = {
  accept: (state, input, { now }) => {
    assertAcceptable(state);
    const complexity = input.complexity ?? state.complexity;
    if (!isComplexity(complexity)) {
      throw new ValidationError(`complexity '${String(complexity)}' is not valid`, { complexity });
    }
    return {
      changes: { complexity, remoteArea: input.remoteArea ?? state.remoteArea, acceptedAt: now },
      effects: [{ type: 'start_clock', clock: 'resolution' }, ...notify(state, 'acceptance')],
    };
  },
  reject: (state, input) => {
    requireText(input.reason, 'reason');
    return { effects: [{ type: 'stop_clocks' }, ...notify(state, 'refusal')] };
  },
  transfer: (state, input) => {
    requireText(input.toAuthority, 'toAuthority');
    return { effects: [{ type: 'stop_clocks' }, ...notify(state, 'transfer')] };
  },
  assign: (_state, input) => {
    requireText(input.assigneeId, 'assigneeId');
    return { changes: { assigneeId: input.assigneeId }, effects: [] };
  },
  extend: (state, input, { extensionPolicy }) => {
    requireText(input.reason, 'reason');
    const { days, unit } = grantExtension(state, input.days, extensionPolicy);
    return {
      changes: { extensionCount: state.extensionCount + 1 },
      effects: [{ type: 'extend', days, unit }, ...notify(state, 'extension')],
    };
  },
  suspend: (state, input) => {
    requireText(input.reason, 'reason');
    return { effects: [{ type: 'pause_clock' }, ...notify(state, 'suspension')] };
  },
  resume: (state) => ({ effects: [{ type: 'resume_clock' }, ...notify(state, 'resumption')] }),
  resolve: (state, input, { now }) => {
    assertOutcome(state, input.outcome);
    requireText(input.summary, 'summary');
    return {
      changes: { outcome: input.outcome, decisionNumber: input.decisionNumber ?? null, resolvedAt: now },
      effects: [{ type: 'stop_clocks' }, ...notify(state, 'result')],
    };
  },
  withdraw: (state, _input, { now }) => {
    assertWithdrawable(state);
    return {
      changes: { resolvedAt: now },
      effects: [{ type: 'stop_clocks' }, ...notify(state, 'withdrawal')],
    };
  },
  terminate: (state, input, { now }) => {
    requireText(input.reason, 'reason');
    return {
      changes: { resolvedAt: now },
      effects: [{ type: 'stop_clocks' }, ...notify(state, 'termination')],
    };
  },
};

/**
 * The checks of an action that depend on the case alone, not on the body: each step makes the same check (by
 * calling the same function), and `allowedActions` asks them without a body.
 */
const PRECONDITIONS: Partial<Record<CaseAction, (state: CaseState, policy: ExtensionPolicy) => unknown>> = {
  accept: assertAcceptable,
  withdraw: assertWithdrawable,
  extend: nextExtension,
};

/**
 * The actions the workflow and the law allow on this case now, whatever the body: the status allows the move
 * and no rule refuses it (an anonymous denunciation cannot be accepted, no extension is left...). Who may act
 * (role, scope) is the caller's part.
 */
export function allowedActions(state: CaseState, extensionPolicy: ExtensionPolicy): CaseAction[] {
  return CASE_ACTIONS.filter((action) => {
    try {
      allowedMove(state, action);
      PRECONDITIONS[action]?.(state, extensionPolicy);
      return true;
    } catch (error) {
      if (error instanceof DomainError) {
        return false;
      }
      throw error;
    }
  });
}

function assertWithdrawable(state: CaseState): void {
  if (state.anonymous) {
    throw new LegalRuleError(
      'An anonymous case has no applicant who could withdraw it; reject or transfer it',
    );
  }
}

/** Luật Tố cáo Art. 25 (anonymous), Art. 23 and 29(1)(a); Luật Khiếu nại Art. 11(5) (signed petition). */
function assertAcceptable(state: CaseState): void {
  if (state.kind === 'denunciation' && state.anonymous) {
    throw new LegalRuleError(
      'An anonymous denunciation cannot be accepted (Luật Tố cáo Art. 25); reject it or transfer it for inspection',
    );
  }
  const needsIdentity = state.kind === 'complaint' || state.kind === 'denunciation';
  if (needsIdentity && (state.anonymous || !state.hasApplicantIdentity)) {
    throw new LegalRuleError(`A ${state.kind} cannot be accepted without the applicant's identity`);
  }
}

function assertOutcome(state: CaseState, outcome: string): void {
  if (!isOutcomeValid(state.kind, state.procedure, outcome)) {
    const what = state.procedure === null ? state.kind : `${state.kind} (${state.procedure})`;
    throw new ValidationError(`outcome '${outcome}' is not valid for a ${what} case`, { outcome });
  }
}

function requireText(value: string | null | undefined, field: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValidationError(`${field} is required`, { field });
  }
}

/** An anonymous case has nobody to notify. */
function notify(state: CaseState, notice: CitizenNotice): CaseEffect[] {
  return state.anonymous ? [] : [{ type: 'notify_citizen', notice }];
}
