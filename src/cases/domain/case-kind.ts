import { ValidationError } from '../../common/errors/domain-error.js';
import type { Role } from '../../users/user.entity.js';

/** The kinds of case (API.md "Cases"); each has its own procedures, code prefix, outcomes and workflow. */
export const CASE_KINDS = ['complaint', 'denunciation', 'petition', 'civil_status', 'certification'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** What sets the kinds apart outside their procedures and workflows; the one place that lists them by trait. */
export interface KindTraits {
  /**
   * Civil status and certification: an administrative procedure, complete on receipt. It starts `in_progress`,
   * has no acceptance clock (the resolution clock runs from receipt), and clerks handle it.
   */
  readonly administrative: boolean;
  /** Suspensions count against the resolution clock from this date on (null: all of them). */
  readonly pausesCountFrom: string | null;
  /** The roles a case of this kind may be assigned to (and, for clerks, the kinds they open and read). */
  readonly handledBy: readonly Extract<Role, 'leader' | 'inspector' | 'clerk'>[];
  /** The kind's name in reports and on screens (`kindInSentence` in mails). */
  readonly label: string;
}

const INVESTIGATORS = ['leader', 'inspector'] as const;
const ADMINISTRATORS = ['leader', 'inspector', 'clerk'] as const;

export const KIND_TRAITS: Readonly<Record<CaseKind, KindTraits>> = {
  // Luật Khiếu nại Art. 11a (suspension) applies from 2026-07-01 (NĐ 155/2026); Luật Tố cáo Art. 34(2) always.
  complaint: {
    administrative: false,
    pausesCountFrom: '2026-07-01',
    handledBy: INVESTIGATORS,
    label: 'Khiếu nại',
  },
  denunciation: { administrative: false, pausesCountFrom: null, handledBy: INVESTIGATORS, label: 'Tố cáo' },
  petition: {
    administrative: false,
    pausesCountFrom: null,
    handledBy: INVESTIGATORS,
    label: 'Phản ánh, kiến nghị',
  },
  civil_status: { administrative: true, pausesCountFrom: null, handledBy: ADMINISTRATORS, label: 'Hộ tịch' },
  certification: {
    administrative: true,
    pausesCountFrom: null,
    handledBy: ADMINISTRATORS,
    label: 'Chứng thực',
  },
};

export const KIND_LABELS = Object.fromEntries(
  CASE_KINDS.map((kind) => [kind, KIND_TRAITS[kind].label]),
) as Readonly<Record<CaseKind, string>>;

/** The kind as a sentence names it ("khiếu nại của Ông/Bà"; an administrative request by its dossier, "hồ sơ"). */
export function kindInSentence(kind: CaseKind): string {
  const { administrative, label } = KIND_TRAITS[kind];
  return `${administrative ? 'hồ sơ ' : ''}${label.toLowerCase()}`;
}

/** The kinds whose traits say so, in `CASE_KINDS` order. */
export function kindsWhere(test: (traits: KindTraits) => boolean): CaseKind[] {
  return CASE_KINDS.filter((kind) => test(KIND_TRAITS[kind]));
}

export const ADMINISTRATIVE_KINDS: readonly CaseKind[] = kindsWhere((t) => t.administrative);

/** The kinds a clerk handles (API.md roles). */
export const CLERK_KINDS: readonly CaseKind[] = kindsWhere((t) => t.handledBy.includes('clerk'));

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
