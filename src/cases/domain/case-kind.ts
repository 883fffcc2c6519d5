import { ValidationError } from '../../common/errors/domain-error.js';

/** The kinds of case (API.md "Cases"); each has its own procedures, code prefix, outcomes and workflow. */
export const CASE_KINDS = ['complaint', 'denunciation', 'petition', 'civil_status', 'certification'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const COMPLAINT_PROCEDURES = ['first_instance', 'second_instance'] as const;
export const PETITION_PROCEDURES = ['feedback', 'recommendation', 'request'] as const;
export const CIVIL_STATUS_PROCEDURES = [
  'birth',
  'marriage',
  'death',
  'parentage',
  'change_correction',
  'guardianship',
  'marital_status_confirmation',
  'extract_copy',
  're_registration',
] as const;
export const CERTIFICATION_PROCEDURES = [
  'copy_from_original',
  'copy_from_master_register',
  'signature',
  'translator_signature',
  'contract',
] as const;

export type ComplaintProcedure = (typeof COMPLAINT_PROCEDURES)[number];
export type PetitionProcedure = (typeof PETITION_PROCEDURES)[number];
export type CivilStatusProcedure = (typeof CIVIL_STATUS_PROCEDURES)[number];
export type CertificationProcedure = (typeof CERTIFICATION_PROCEDURES)[number];
export type CaseProcedure =
  ComplaintProcedure | PetitionProcedure | CivilStatusProcedure | CertificationProcedure;

/** The procedures of each kind. A denunciation has none: its `procedure` is always `null`. */
export const PROCEDURES: Record<CaseKind, readonly CaseProcedure[]> = {
  complaint: COMPLAINT_PROCEDURES,
  denunciation: [],
  petition: PETITION_PROCEDURES,
  civil_status: CIVIL_STATUS_PROCEDURES,
  certification: CERTIFICATION_PROCEDURES,
};

/**
 * What an omitted `procedure` means: a default (complaint: first instance), `null` (denunciation, which has
 * no procedure) or `'required'` (the caller must name one).
 */
export const PROCEDURE_WHEN_OMITTED: Record<CaseKind, CaseProcedure | null | 'required'> = {
  complaint: 'first_instance',
  denunciation: null,
  petition: 'required',
  civil_status: 'required',
  certification: 'required',
};

export const CASE_CODE_PREFIX: Record<CaseKind, string> = {
  complaint: 'KN',
  denunciation: 'TC',
  petition: 'PA',
  civil_status: 'HT',
  certification: 'CT',
};

/** The years whose case-number sequences exist (`case_code_<prefix>_<year>`, migration CreateCaseCodeSequences). */
export const CASE_CODE_YEARS = { first: 2000, last: 2099 } as const;

export const COMPLEXITIES = ['normal', 'complex', 'especially_complex'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

export const CASE_OUTCOMES = [
  'upheld',
  'partly_upheld',
  'not_upheld',
  'first_decision_upheld',
  'first_decision_overturned',
  'answered',
  'completed',
  'refused',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

const CONCLUSIONS: readonly CaseOutcome[] = ['upheld', 'partly_upheld', 'not_upheld'];
const SECOND_INSTANCE_OUTCOMES: readonly CaseOutcome[] = [
  'first_decision_upheld',
  'first_decision_overturned',
];
const ADMINISTRATIVE_OUTCOMES: readonly CaseOutcome[] = ['completed', 'refused'];

export function isCaseKind(value: string): value is CaseKind {
  return (CASE_KINDS as readonly string[]).includes(value);
}

export function isComplexity(value: string): value is Complexity {
  return (COMPLEXITIES as readonly string[]).includes(value);
}

/** A denunciation is valid only without a procedure; every other kind needs one of its own. */
export function isProcedureValid(kind: CaseKind, procedure: string | null | undefined): boolean {
  if (procedure === null || procedure === undefined) {
    return kind === 'denunciation';
  }
  return (PROCEDURES[kind] as readonly string[]).includes(procedure);
}

/** The procedure to store for a new case: the given one if valid, else the kind's default; 400 otherwise. */
export function resolveProcedure(kind: CaseKind, procedure: string | null | undefined): CaseProcedure | null {
  const omitted = procedure === null || procedure === undefined;
  const fallback = PROCEDURE_WHEN_OMITTED[kind];
  if (omitted && fallback !== 'required') {
    return fallback;
  }
  if (!isProcedureValid(kind, procedure)) {
    throw new ValidationError(procedureProblem(kind, procedure), { kind, procedure });
  }
  return procedure as CaseProcedure;
}

function procedureProblem(kind: CaseKind, procedure: string | null | undefined): string {
  const allowed = PROCEDURES[kind];
  if (allowed.length === 0) {
    return `procedure must be empty for a ${kind} case`;
  }
  const given = procedure === null || procedure === undefined ? 'none' : `'${procedure}'`;
  return `procedure ${given} is not valid for a ${kind} case; expected one of: ${allowed.join(', ')}`;
}

/** The outcomes a case of this kind and procedure may be resolved with. */
export function outcomesFor(kind: CaseKind, procedure: CaseProcedure | null): readonly CaseOutcome[] {
  switch (kind) {
    case 'complaint':
      return procedure === 'second_instance' ? SECOND_INSTANCE_OUTCOMES : CONCLUSIONS;
    case 'denunciation':
      return CONCLUSIONS;
    case 'petition':
      return ['answered'];
    case 'civil_status':
    case 'certification':
      return ADMINISTRATIVE_OUTCOMES;
  }
}

export function isOutcomeValid(kind: CaseKind, procedure: CaseProcedure | null, outcome: string): boolean {
  return (outcomesFor(kind, procedure) as readonly string[]).includes(outcome);
}
