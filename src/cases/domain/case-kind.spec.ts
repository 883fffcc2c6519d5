import { ValidationError } from '../../common/errors/domain-error.js';
import {
  ADMINISTRATIVE_KINDS,
  CASE_CODE_PREFIX,
  CASE_KINDS,
  CLERK_KINDS,
  isCaseKind,
  kindInSentence,
  isComplexity,
  isOutcomeValid,
  isProcedureValid,
  outcomesFor,
  resolveProcedure,
} from './case-kind.js';

describe('case kinds', () => {
  it('recognises the five kinds and nothing else', () => {
    expect(['complaint', 'denunciation', 'petition', 'civil_status', 'certification'].every(isCaseKind)).toBe(
      true,
    );
    expect(isCaseKind('appeal')).toBe(false);
  });

  it('prefixes codes KN, TC, PA, HT, CT', () => {
    expect(CASE_CODE_PREFIX).toEqual({
      complaint: 'KN',
      denunciation: 'TC',
      petition: 'PA',
      civil_status: 'HT',
      certification: 'CT',
    });
  });

  it('knows the three complexities', () => {
    expect(['normal', 'complex', 'especially_complex'].every(isComplexity)).toBe(true);
    expect(isComplexity('simple')).toBe(false);
  });
});

describe('procedures', () => {
  it.each([
    ['complaint', 'first_instance'],
    ['complaint', 'second_instance'],
    ['petition', 'recommendation'],
    ['civil_status', 'marital_status_confirmation'],
    ['certification', 'translator_signature'],
  ] as const)('accepts %s with %s', (kind, procedure) => {
    expect(isProcedureValid(kind, procedure)).toBe(true);
  });

  it('accepts a denunciation only without a procedure', () => {
    expect(isProcedureValid('denunciation', null)).toBe(true);
    expect(isProcedureValid('denunciation', 'first_instance')).toBe(false);
  });

  it("refuses another kind's procedure", () => {
    expect(isProcedureValid('complaint', 'birth')).toBe(false);
    expect(isProcedureValid('certification', 'marriage')).toBe(false);
  });

  it('refuses a missing procedure where the kind has procedures', () => {
    expect(isProcedureValid('petition', null)).toBe(false);
    expect(isProcedureValid('civil_status', undefined)).toBe(false);
  });

  it('defaults a complaint to first instance', () => {
    expect(resolveProcedure('complaint', undefined)).toBe('first_instance');
    expect(resolveProcedure('complaint', null)).toBe('first_instance');
    expect(resolveProcedure('complaint', 'second_instance')).toBe('second_instance');
  });

  it('gives a denunciation no procedure', () => {
    expect(resolveProcedure('denunciation', undefined)).toBeNull();
  });

  it('refuses a procedure on a denunciation (400)', () => {
    expect(() => resolveProcedure('denunciation', 'first_instance')).toThrow(ValidationError);
    expect(() => resolveProcedure('denunciation', 'first_instance')).toThrow(/must be empty/);
  });

  it.each(['petition', 'civil_status', 'certification'] as const)(
    'requires a procedure for %s (400)',
    (kind) => {
      expect(() => resolveProcedure(kind, undefined)).toThrow(ValidationError);
      expect(() => resolveProcedure(kind, undefined)).toThrow(/procedure none is not valid/);
    },
  );

  it('names the allowed procedures when refusing one', () => {
    expect(() => resolveProcedure('petition', 'birth')).toThrow(
      "procedure 'birth' is not valid for a petition case; expected one of: feedback, recommendation, request",
    );
  });
});

describe('outcomes', () => {
  it.each([
    ['complaint', 'first_instance', ['upheld', 'partly_upheld', 'not_upheld']],
    ['complaint', 'second_instance', ['first_decision_upheld', 'first_decision_overturned']],
    ['denunciation', null, ['upheld', 'partly_upheld', 'not_upheld']],
    ['petition', 'feedback', ['answered']],
    ['civil_status', 'birth', ['completed', 'refused']],
    ['certification', 'contract', ['completed', 'refused']],
  ] as const)('%s %s ends with %j', (kind, procedure, outcomes) => {
    expect(outcomesFor(kind, procedure)).toEqual(outcomes);
  });

  it('refuses a first-instance outcome on a second-instance complaint', () => {
    expect(isOutcomeValid('complaint', 'second_instance', 'upheld')).toBe(false);
  });

  it('refuses a second-instance outcome on a first-instance complaint', () => {
    expect(isOutcomeValid('complaint', 'first_instance', 'first_decision_overturned')).toBe(false);
  });

  it('refuses an administrative outcome on a petition', () => {
    expect(isOutcomeValid('petition', 'request', 'completed')).toBe(false);
  });

  it('derives the kind lists and the mail wording from the traits table', () => {
    expect(ADMINISTRATIVE_KINDS).toEqual(['civil_status', 'certification']);
    expect(CLERK_KINDS).toEqual(['civil_status', 'certification']);
    expect(CASE_KINDS.map(kindInSentence)).toEqual([
      'khiếu nại',
      'tố cáo',
      'phản ánh, kiến nghị',
      'hồ sơ hộ tịch',
      'hồ sơ chứng thực',
    ]);
  });
});
