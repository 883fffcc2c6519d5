import { LegalRuleError, ValidationError } from '../../common/errors/domain-error.js';
import {
  extensionAllowance,
  grantExtension,
  type ExtensionPolicy,
  type ExtensionRule,
  type ExtensionState,
} from './case-extension.js';

const calendarDays = (maxExtensions: number, maxDaysEach: number): ExtensionRule => ({
  maxExtensions,
  maxDaysEach,
  unit: 'calendar_days',
});
const workingDays = (maxDaysEach: number): ExtensionRule => ({
  maxExtensions: 1,
  maxDaysEach,
  unit: 'working_days',
});

/** A stand-in for the calendar's rule table, with the numbers of DOMAIN.md 2, 3, 6, 7 and 12.3. */
const fakePolicy: ExtensionPolicy = ({ kind, procedure, complexity, remoteArea }) => {
  switch (kind) {
    case 'denunciation':
      return { normal: null, complex: calendarDays(1, 30), especially_complex: calendarDays(2, 30) }[
        complexity
      ];
    case 'complaint': {
      if (complexity !== 'normal') {
        return null;
      }
      const toComplexLimit = procedure === 'second_instance' && remoteArea ? 10 : 15;
      return calendarDays(1, toComplexLimit);
    }
    case 'civil_status':
      return (
        { change_correction: workingDays(3), parentage: workingDays(5), marriage: workingDays(5) }[
          procedure as string
        ] ?? null
      );
    case 'certification':
      return procedure === 'copy_from_original' ? workingDays(2) : null;
    case 'petition':
      return null;
  }
};

function state(overrides: Partial<ExtensionState>): ExtensionState {
  return {
    kind: 'denunciation',
    procedure: null,
    complexity: 'complex',
    remoteArea: false,
    extensionCount: 0,
    ...overrides,
  };
}

const grant = (overrides: Partial<ExtensionState>, days?: number | null) =>
  grantExtension(state(overrides), days, fakePolicy);

describe('grantExtension', () => {
  describe('denunciation (Luật Tố cáo Art. 30)', () => {
    it('refuses to extend a denunciation accepted as normal (422)', () => {
      expect(() => grant({ complexity: 'normal' })).toThrow(LegalRuleError);
      expect(() => grant({ complexity: 'normal' })).toThrow(/no extension for a denunciation case of normal/);
    });

    it('grants a complex denunciation one extension of 30 calendar days by default', () => {
      expect(grant({ complexity: 'complex' })).toEqual({ days: 30, unit: 'calendar_days' });
    });

    it('grants fewer days when asked', () => {
      expect(grant({ complexity: 'complex' }, 12)).toEqual({ days: 12, unit: 'calendar_days' });
    });

    it('refuses an extension of more than 30 days (422)', () => {
      expect(() => grant({ complexity: 'complex' }, 31)).toThrow(LegalRuleError);
      expect(() => grant({ complexity: 'complex' }, 31)).toThrow(/exceeds the legal maximum of 30/);
    });

    it('refuses a second extension of a complex denunciation (422)', () => {
      expect(() => grant({ complexity: 'complex', extensionCount: 1 })).toThrow(LegalRuleError);
    });

    it('grants an especially complex denunciation a second extension', () => {
      expect(grant({ complexity: 'especially_complex', extensionCount: 1 })).toEqual({
        days: 30,
        unit: 'calendar_days',
      });
    });

    it('refuses a third extension of an especially complex denunciation (422)', () => {
      const third = () => grant({ complexity: 'especially_complex', extensionCount: 2 });
      expect(third).toThrow(LegalRuleError);
      expect(third).toThrow(/already been extended 2 time\(s\); the law allows at most 2/);
    });
  });

  describe('complaint (DOMAIN.md 12.3: once, to the complex limit)', () => {
    it('extends a normal first-instance complaint by 15 days (30 -> 45)', () => {
      expect(grant({ kind: 'complaint', procedure: 'first_instance', complexity: 'normal' })).toEqual({
        days: 15,
        unit: 'calendar_days',
      });
    });

    it('extends a remote second-instance complaint by 10 days (60 -> 70)', () => {
      const remote = {
        kind: 'complaint',
        procedure: 'second_instance',
        complexity: 'normal',
        remoteArea: true,
      } as const;
      expect(grant(remote)).toEqual({ days: 10, unit: 'calendar_days' });
    });

    it('refuses a second extension of a complaint (422)', () => {
      const second = () =>
        grant({ kind: 'complaint', procedure: 'first_instance', complexity: 'normal', extensionCount: 1 });
      expect(second).toThrow(LegalRuleError);
    });

    it('refuses to extend a complaint accepted as complex (422)', () => {
      expect(() => grant({ kind: 'complaint', procedure: 'first_instance', complexity: 'complex' })).toThrow(
        LegalRuleError,
      );
    });
  });

  describe('civil status (Luật Hộ tịch) and certification (NĐ 23/2015)', () => {
    it('extends a change or correction by at most 3 working days', () => {
      const correction = {
        kind: 'civil_status',
        procedure: 'change_correction',
        complexity: 'normal',
      } as const;
      expect(grant(correction)).toEqual({ days: 3, unit: 'working_days' });
      expect(() => grant(correction, 4)).toThrow(LegalRuleError);
    });

    it('extends a parentage registration by at most 5 working days', () => {
      const parentage = { kind: 'civil_status', procedure: 'parentage', complexity: 'normal' } as const;
      expect(grant(parentage)).toEqual({ days: 5, unit: 'working_days' });
      expect(() => grant(parentage, 6)).toThrow(LegalRuleError);
    });

    it('extends a marriage registration once, to 5 working days in total', () => {
      const marriage = { kind: 'civil_status', procedure: 'marriage', complexity: 'normal' } as const;
      expect(grant(marriage)).toEqual({ days: 5, unit: 'working_days' });
      expect(() => grant({ ...marriage, extensionCount: 1 }, 1)).toThrow(LegalRuleError);
    });

    it('refuses to extend a birth registration (422)', () => {
      expect(() => grant({ kind: 'civil_status', procedure: 'birth', complexity: 'normal' })).toThrow(
        /no extension for a civil_status \(birth\) case/,
      );
    });

    it('extends a copy from the original by at most 2 working days', () => {
      const copy = { kind: 'certification', procedure: 'copy_from_original', complexity: 'normal' } as const;
      expect(grant(copy)).toEqual({ days: 2, unit: 'working_days' });
      expect(() => grant(copy, 3)).toThrow(LegalRuleError);
    });

    it('refuses to extend a signature certification (422)', () => {
      expect(() => grant({ kind: 'certification', procedure: 'signature', complexity: 'normal' })).toThrow(
        LegalRuleError,
      );
    });
  });

  it('refuses to extend a petition (422)', () => {
    expect(() => grant({ kind: 'petition', procedure: 'request', complexity: 'normal' })).toThrow(
      LegalRuleError,
    );
  });

  it('treats a rule of zero extensions like no rule (422)', () => {
    const none: ExtensionPolicy = () => calendarDays(0, 30);
    expect(() => grantExtension(state({}), undefined, none)).toThrow(LegalRuleError);
  });

  it('uses the maximum when days is null', () => {
    expect(grant({ complexity: 'complex' }, null)).toEqual({ days: 30, unit: 'calendar_days' });
  });

  it.each([0, -3, 2.5, Number.NaN])('refuses days = %p as malformed (400)', (days) => {
    expect(() => grant({ complexity: 'complex' }, days)).toThrow(ValidationError);
  });

  it('reports malformed days (400) before what the law refuses (422)', () => {
    expect(() => grant({ complexity: 'normal' }, -1)).toThrow(ValidationError);
  });
});

describe('extensionAllowance', () => {
  const allowance = (overrides: Partial<ExtensionState>) => extensionAllowance(state(overrides), fakePolicy);

  it('shows the most the next extension may add, and how many are left', () => {
    expect(allowance({ complexity: 'especially_complex' })).toEqual({
      maxDays: 30,
      unit: 'calendar_days',
      remaining: 2,
    });
    expect(allowance({ complexity: 'especially_complex', extensionCount: 1 })).toEqual({
      maxDays: 30,
      unit: 'calendar_days',
      remaining: 1,
    });
    expect(allowance({ kind: 'civil_status', procedure: 'change_correction' })).toEqual({
      maxDays: 3,
      unit: 'working_days',
      remaining: 1,
    });
  });

  it('is null exactly when grantExtension refuses every number of days', () => {
    for (const overrides of [
      { complexity: 'normal' as const },
      { complexity: 'especially_complex' as const, extensionCount: 2 },
      { kind: 'petition' as const, procedure: 'request' as const },
    ]) {
      expect(allowance(overrides)).toBeNull();
      expect(() => grant(overrides)).toThrow(LegalRuleError);
    }
    const shown = allowance({ complexity: 'complex' })!;
    expect(grant({ complexity: 'complex' }, shown.maxDays)).toEqual({ days: 30, unit: 'calendar_days' });
    expect(() => grant({ complexity: 'complex' }, shown.maxDays + 1)).toThrow(LegalRuleError);
  });
});
