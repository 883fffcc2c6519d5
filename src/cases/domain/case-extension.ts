import { LegalRuleError, ValidationError } from '../../common/errors/domain-error.js';
import type { CaseKind, CaseProcedure, Complexity } from './case-kind.js';

export type DayUnit = 'calendar_days' | 'working_days';

/** How a case may be extended: how many times, by how many days each, in which unit. */
export interface ExtensionRule {
  readonly maxExtensions: number;
  readonly maxDaysEach: number;
  readonly unit: DayUnit;
}

/** What the extension rule depends on. `remoteArea` matters for complaints (API.md / DOMAIN.md 2.1). */
export interface ExtensionQuery {
  readonly kind: CaseKind;
  readonly procedure: CaseProcedure | null;
  readonly complexity: Complexity;
  readonly remoteArea: boolean;
}

/**
 * The legal extension rule for a case, or `null` when the law allows none. Implemented by the calendar's
 * rule table (versioned by date: the caller picks the version for the case's acceptance date); the workflow
 * only consumes it.
 */
export type ExtensionPolicy = (query: ExtensionQuery) => ExtensionRule | null;

export interface ExtensionState extends ExtensionQuery {
  readonly extensionCount: number;
}

/** The extension granted: the days (the rule's maximum when none were asked for) and their unit. */
export interface GrantedExtension {
  readonly days: number;
  readonly unit: DayUnit;
}

/** Checks one more extension against the law: 400 for a malformed `days`, 422 for what the rule refuses. */
export function grantExtension(
  state: ExtensionState,
  requestedDays: number | null | undefined,
  policy: ExtensionPolicy,
): GrantedExtension {
  assertDaysWellFormed(requestedDays);
  const rule = nextExtension(state, policy);
  const days = requestedDays ?? rule.maxDaysEach;
  if (days > rule.maxDaysEach) {
    throw new LegalRuleError(
      `An extension of ${days} ${rule.unit} exceeds the legal maximum of ${rule.maxDaysEach} ${rule.unit}`,
      { days, maxDaysEach: rule.maxDaysEach, unit: rule.unit },
    );
  }
  return { days, unit: rule.unit };
}

/**
 * The rule of one more extension of this case, or 422 when the law allows none (for its kind and complexity,
 * or none left): what `grantExtension` checks before looking at the days asked for.
 */
export function nextExtension(state: ExtensionState, policy: ExtensionPolicy): ExtensionRule {
  const rule = allowedRule(state, policy);
  if (state.extensionCount >= rule.maxExtensions) {
    throw new LegalRuleError(
      `This case has already been extended ${state.extensionCount} time(s); the law allows at most ${rule.maxExtensions}`,
      { extensionCount: state.extensionCount, maxExtensions: rule.maxExtensions },
    );
  }
  return rule;
}

/** What the next extension may add at most, and how many are left; null when the law allows no more. */
export interface ExtensionAllowance {
  readonly maxDays: number;
  readonly unit: DayUnit;
  readonly remaining: number;
}

export function extensionAllowance(
  state: ExtensionState,
  policy: ExtensionPolicy,
): ExtensionAllowance | null {
  try {
    const rule = nextExtension(state, policy);
    return {
      maxDays: rule.maxDaysEach,
      unit: rule.unit,
      remaining: rule.maxExtensions - state.extensionCount,
    };
  } catch (error) {
    if (error instanceof LegalRuleError) {
      return null;
    }
    throw error;
  }
}

function assertDaysWellFormed(days: number | null | undefined): void {
  if (days === null || days === undefined) {
    return;
  }
  if (!Number.isInteger(days) || days <= 0) {
    throw new ValidationError('days must be a positive integer', { days });
  }
}

function allowedRule(state: ExtensionState, policy: ExtensionPolicy): ExtensionRule {
  const { kind, procedure, complexity, remoteArea } = state;
  const rule = policy({ kind, procedure, complexity, remoteArea });
  if (rule === null || rule.maxExtensions <= 0) {
    const what = procedure === null ? kind : `${kind} (${procedure})`;
    throw new LegalRuleError(`The law allows no extension for a ${what} case of ${complexity} complexity`, {
      kind,
      procedure,
      complexity,
    });
  }
  return rule;
}
