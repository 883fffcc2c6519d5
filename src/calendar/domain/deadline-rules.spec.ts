import { LegalRuleError } from '../../common/errors/domain-error.js';
import { PROCEDURES } from '../../cases/domain/case-kind.js';
import {
  DEADLINE_RULES,
  extensionRule,
  findRule,
  isRuleValidAt,
  requireRule,
  resolutionVariant,
  type CaseKind,
  type DeadlineRule,
} from './deadline-rules.js';

describe('deadline rule table', () => {
  it('has unique ids', () => {
    const ids = DEADLINE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never has two versions of one rule valid on the same day', () => {
    const overlaps = (a: DeadlineRule, b: DeadlineRule) =>
      (a.validFrom === null || b.validTo === null || a.validFrom < b.validTo) &&
      (b.validFrom === null || a.validTo === null || b.validFrom < a.validTo);
    for (const [i, a] of DEADLINE_RULES.entries()) {
      for (const b of DEADLINE_RULES.slice(i + 1)) {
        const same =
          a.kind === b.kind && a.procedure === b.procedure && a.step === b.step && a.variant === b.variant;
        expect(same && overlaps(a, b) ? `${a.id} / ${b.id}` : null).toBeNull();
      }
    }
  });

  it('gives every procedure of every kind a resolution limit', () => {
    for (const [kind, procedures] of Object.entries(PROCEDURES) as [CaseKind, readonly string[]][]) {
      for (const procedure of procedures.length > 0 ? procedures : [null]) {
        const rule = findRule(kind, procedure as never, 'resolution', 'normal', '2024-06-01');
        expect(rule ? kind : `${kind}/${procedure}`).toBe(kind);
      }
    }
  });

  it('keeps same-day rows at 0 and gives extension rows a maximum count', () => {
    for (const rule of DEADLINE_RULES) {
      if (rule.unit === 'same_day') {
        expect(rule.amount).toBe(0);
      }
      if (rule.step === 'extension') {
        expect(rule.maxExtensions).toBeGreaterThanOrEqual(1);
        expect(rule.unit).not.toBe('same_day');
      }
      expect(rule.legalRef.length).toBeGreaterThan(0);
    }
  });
});

describe('findRule', () => {
  it('KN acceptance: 10 working days for receipts up to 2026-06-30, 7 from 2026-07-01 (NĐ 155/2026 Art. 10)', () => {
    const on = (date: string | null) => findRule('complaint', 'first_instance', 'acceptance', 'normal', date);
    expect(on('2024-02-01')).toMatchObject({
      id: 'complaint.acceptance.2013',
      amount: 10,
      unit: 'working_days',
    });
    expect(on('2026-06-30')?.amount).toBe(10);
    expect(on('2026-07-01')).toMatchObject({
      id: 'complaint.acceptance.2026',
      amount: 7,
      unit: 'working_days',
    });
    expect(on(null)?.amount).toBe(7);
    expect(findRule('complaint', 'second_instance', 'acceptance', 'normal', '2026-07-01')?.amount).toBe(7);
  });

  it('prefers a procedure-specific row and falls back to the procedure-null row', () => {
    expect(findRule('civil_status', 'birth', 'resolution', 'normal', '2024-01-01')?.id).toBe(
      'civil_status.resolution.birth',
    );
    expect(findRule('civil_status', null, 'resolution', 'normal', '2024-01-01')?.id).toBe(
      'civil_status.resolution.default',
    );
    const custom: DeadlineRule[] = DEADLINE_RULES.filter(
      (r) => r.id !== 'civil_status.resolution.guardianship',
    );
    expect(findRule('civil_status', 'guardianship', 'resolution', 'normal', '2024-01-01', custom)?.id).toBe(
      'civil_status.resolution.default',
    );
  });

  it("a petition's acceptance clock is the Luật TCD Art. 28 reply (10 working days)", () => {
    const rule = findRule('petition', 'feedback', 'acceptance', 'normal', '2024-04-24');
    expect(rule).toMatchObject({ id: 'petition.reply', amount: 10, unit: 'working_days' });
    expect(findRule('petition', 'request', 'reply', 'normal', '2024-04-24')?.id).toBe('petition.reply');
  });

  it('petition resolution defaults to 15 working days (DOMAIN.md §12.4)', () => {
    expect(findRule('petition', 'recommendation', 'resolution', 'normal', '2024-01-01')).toMatchObject({
      amount: 15,
      unit: 'working_days',
    });
  });

  it('returns undefined for a gap, and requireRule turns it into a legal-rule error', () => {
    expect(findRule('civil_status', 'birth', 'acceptance', 'normal', '2024-01-01')).toBeUndefined();
    expect(() => requireRule('civil_status', 'birth', 'acceptance', 'normal', '2024-01-01')).toThrow(
      LegalRuleError,
    );
  });

  it('treats validFrom as inclusive and validTo as exclusive', () => {
    const rule: DeadlineRule = {
      ...DEADLINE_RULES[0],
      validFrom: '2024-01-01',
      validTo: '2024-02-01',
    };
    expect(isRuleValidAt(rule, '2023-12-31')).toBe(false);
    expect(isRuleValidAt(rule, '2024-01-01')).toBe(true);
    expect(isRuleValidAt(rule, '2024-01-31')).toBe(true);
    expect(isRuleValidAt(rule, '2024-02-01')).toBe(false);
  });
});

describe('resolutionVariant', () => {
  it('picks one of the four complaint limits from complexity and remote area', () => {
    expect(resolutionVariant('complaint', 'normal')).toBe('normal');
    expect(resolutionVariant('complaint', 'complex')).toBe('complex');
    expect(resolutionVariant('complaint', 'especially_complex')).toBe('complex');
    expect(resolutionVariant('complaint', 'normal', true)).toBe('remote');
    expect(resolutionVariant('complaint', 'complex', true)).toBe('remote_complex');
  });

  it('keeps the 30-day base for every denunciation (complexity only allows extensions)', () => {
    expect(resolutionVariant('denunciation', 'especially_complex', true)).toBe('normal');
  });
});

describe('extensionRule (DOMAIN.md §12.3)', () => {
  it('complaint accepted as normal: once, up to the complex limit', () => {
    expect(extensionRule('complaint', 'first_instance', 'normal')).toMatchObject({
      maxExtensions: 1,
      maxDaysEach: 15,
      unit: 'calendar_days',
    });
    expect(extensionRule('complaint', 'first_instance', 'normal', { remoteArea: true })?.maxDaysEach).toBe(
      15,
    );
    expect(extensionRule('complaint', 'second_instance', 'normal')?.maxDaysEach).toBe(15);
    expect(extensionRule('complaint', 'second_instance', 'normal', { remoteArea: true })?.maxDaysEach).toBe(
      10,
    );
  });

  it('complaint accepted as complex: already at its maximum, no extension', () => {
    expect(extensionRule('complaint', 'first_instance', 'complex')).toBeNull();
    expect(
      extensionRule('complaint', 'second_instance', 'especially_complex', { remoteArea: true }),
    ).toBeNull();
  });

  it('denunciation: none when normal, one of 30 days when complex, two when especially complex', () => {
    expect(extensionRule('denunciation', null, 'normal')).toBeNull();
    expect(extensionRule('denunciation', null, 'complex')).toMatchObject({
      maxExtensions: 1,
      maxDaysEach: 30,
      unit: 'calendar_days',
      legalRef: 'Luật Tố cáo 2018 Điều 30(2)',
    });
    expect(extensionRule('denunciation', null, 'especially_complex')).toMatchObject({
      maxExtensions: 2,
      maxDaysEach: 30,
    });
  });

  it('civil status: marriage 5, parentage 5, change or correction 3 working days; birth none', () => {
    expect(extensionRule('civil_status', 'marriage', 'normal')).toMatchObject({
      maxExtensions: 1,
      maxDaysEach: 5,
      unit: 'working_days',
    });
    expect(extensionRule('civil_status', 'parentage', 'normal')?.maxDaysEach).toBe(5);
    expect(extensionRule('civil_status', 'change_correction', 'complex')?.maxDaysEach).toBe(3);
    expect(extensionRule('civil_status', 'birth', 'normal')).toBeNull();
  });

  it('certification: copies from the original +2 working days; contracts none', () => {
    expect(extensionRule('certification', 'copy_from_original', 'normal')).toMatchObject({
      maxExtensions: 1,
      maxDaysEach: 2,
      unit: 'working_days',
    });
    expect(extensionRule('certification', 'contract', 'normal')).toBeNull();
  });

  it('petition: none', () => {
    expect(extensionRule('petition', 'request', 'complex')).toBeNull();
  });
});
