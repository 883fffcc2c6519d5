import { LegalRuleError } from '../../common/errors/domain-error.js';
import type { ExtensionRule } from '../../cases/domain/case-extension.js';
import { type IsoDate } from './business-date.js';
import {
  DEADLINE_RULES,
  type CaseKind,
  type CaseProcedure,
  type Complexity,
  type DeadlineRule,
  type DeadlineStep,
  type RuleVariant,
} from './deadline-rule-table.js';

/** The rule table (data) and, below, how a clock finds its rule and its extension rule. */
export * from './deadline-rule-table.js';

const indexes = new WeakMap<readonly DeadlineRule[], Map<string, DeadlineRule[]>>();

function indexOf(rules: readonly DeadlineRule[]): Map<string, DeadlineRule[]> {
  let index = indexes.get(rules);
  if (!index) {
    index = new Map();
    for (const rule of rules) {
      const key = `${rule.kind}|${rule.step}|${rule.variant}`;
      const list = index.get(key);
      if (list) {
        list.push(rule);
      } else {
        index.set(key, [rule]);
      }
    }
    indexes.set(rules, index);
  }
  return index;
}

/** True when the rule version applies to an event on `date` (null: the current version, `validTo` null). */
export function isRuleValidAt(rule: DeadlineRule, date: IsoDate | null): boolean {
  if (date === null) {
    return rule.validTo === null;
  }
  return (
    (rule.validFrom === null || rule.validFrom <= date) && (rule.validTo === null || date < rule.validTo)
  );
}

function pick(
  rules: readonly DeadlineRule[],
  key: string,
  procedure: CaseProcedure | null,
  date: IsoDate | null,
): DeadlineRule | undefined {
  let fallback: DeadlineRule | undefined;
  for (const rule of indexOf(rules).get(key) ?? []) {
    if (!isRuleValidAt(rule, date)) {
      continue;
    }
    if (rule.procedure === procedure && procedure !== null) {
      return rule;
    }
    if (rule.procedure === null) {
      fallback = rule;
    }
  }
  return fallback;
}

/**
 * The rule version for a clock: the row of that kind, step and variant valid on `eventDate` (the date of the
 * event that starts the clock: receipt for acceptance, thụ lý for resolution), preferring a row of the given
 * procedure over a procedure-null row. For a petition, `acceptance` falls back to the `reply` row (the Luật
 * TCD Art. 28 reply is the petition's acceptance clock). `eventDate` null picks the current version.
 * `rules` lets a city replace the table (DOMAIN.md §12.1: a different count is a change of data).
 */
export function findRule(
  kind: CaseKind,
  procedure: CaseProcedure | null,
  step: DeadlineStep,
  variant: RuleVariant,
  eventDate: IsoDate | null,
  rules: readonly DeadlineRule[] = DEADLINE_RULES,
): DeadlineRule | undefined {
  const found = pick(rules, `${kind}|${step}|${variant}`, procedure, eventDate);
  if (found || kind !== 'petition' || step !== 'acceptance') {
    return found;
  }
  return pick(rules, `${kind}|reply|${variant}`, procedure, eventDate);
}

/** Like `findRule`, but a missing rule is an error (a gap in the rule table). */
export function requireRule(
  kind: CaseKind,
  procedure: CaseProcedure | null,
  step: DeadlineStep,
  variant: RuleVariant,
  eventDate: IsoDate | null,
  rules: readonly DeadlineRule[] = DEADLINE_RULES,
): DeadlineRule {
  const rule = findRule(kind, procedure, step, variant, eventDate, rules);
  if (!rule) {
    throw new LegalRuleError(
      `No ${step} time limit for ${kind}/${procedure ?? '-'} (${variant}) on ${eventDate ?? 'today'}`,
      {
        kind,
        procedure,
        step,
        variant,
        eventDate,
      },
    );
  }
  return rule;
}

/**
 * The variant of the resolution limit chosen at thụ lý. Complaints: complexity and remote area pick one of
 * four limits (the law knows only "phức tạp": especially_complex counts as complex). Denunciations: always the
 * 30-day base; complexity only allows extensions. Other kinds: normal.
 */
export function resolutionVariant(kind: CaseKind, complexity: Complexity, remoteArea = false): RuleVariant {
  if (kind !== 'complaint') {
    return 'normal';
  }
  if (complexity === 'normal') {
    return remoteArea ? 'remote' : 'normal';
  }
  return remoteArea ? 'remote_complex' : 'complex';
}

/** The workflow's `ExtensionRule`, with the row of the rule table it comes from. */
export interface LegalExtensionRule extends ExtensionRule {
  readonly ruleId: string;
  readonly legalRef: string;
}

/**
 * Which extensions of the resolution limit a case may get (DOMAIN.md §12.3), or null when none:
 * - complaint: accepted as normal (or normal + remote), a later finding of complexity extends the limit once to
 *   the complex limit (+15 first instance, +15 second instance, +10 second instance remote). Accepted as
 *   complex: already at the maximum, no extension;
 * - denunciation: complex 1 × ≤30 days, especially complex 2 × ≤30 days, normal none (fixed at thụ lý);
 * - civil_status / certification: the "needs checking" extension of the procedure, whatever the complexity
 *   (marriage 5, parentage 5, change_correction 3, copy_from_original 2 working days; each once);
 * - petition: none.
 */
export function extensionRule(
  kind: CaseKind,
  procedure: CaseProcedure | null,
  complexity: Complexity,
  options: { remoteArea?: boolean; at?: IsoDate | null; rules?: readonly DeadlineRule[] } = {},
): LegalExtensionRule | null {
  let variant: RuleVariant;
  switch (kind) {
    case 'complaint':
      if (complexity !== 'normal') {
        return null;
      }
      variant = options.remoteArea ? 'remote' : 'normal';
      break;
    case 'denunciation':
      if (complexity === 'normal') {
        return null;
      }
      variant = complexity;
      break;
    case 'civil_status':
    case 'certification':
      variant = 'needs_checking';
      break;
    case 'petition':
      return null;
  }
  const rule = findRule(kind, procedure, 'extension', variant, options.at ?? null, options.rules);
  if (!rule || rule.unit === 'same_day') {
    return null;
  }
  return {
    ruleId: rule.id,
    maxExtensions: rule.maxExtensions ?? 1,
    maxDaysEach: rule.amount,
    unit: rule.unit,
    legalRef: rule.legalRef,
  };
}
