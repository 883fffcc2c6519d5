import fc from 'fast-check';
import { ValidationError } from '../../common/errors/domain-error.js';
import { businessDateOf, fromDayNumber, toDayNumber, type IsoDate } from './business-date.js';
import { computeDeadline, type DeadlineInput, type DeadlinePause } from './deadline-clock.js';
import {
  DEADLINE_RULES,
  extensionRule,
  requireRule,
  type CaseKind,
  type CaseProcedure,
  type Complexity,
  type DeadlineRule,
  type DeadlineStep,
  type RuleVariant,
} from './deadline-rules.js';
import { buildOfficialCalendar } from './official-days.js';

const calendar = buildOfficialCalendar();

function due(input: Omit<DeadlineInput, 'calendar'>): IsoDate | null {
  return computeDeadline({ calendar, ...input }).dueDate;
}

const rule = (id: string): DeadlineRule => {
  const found = DEADLINE_RULES.find((r) => r.id === id);
  if (!found) {
    throw new Error(`no rule ${id}`);
  }
  return found;
};

/**
 * One scenario per rule row, due dates computed by hand from the official calendar. `start` is a date or an
 * instant (same-day rules, 15:00 rule). `extend` takes the case's extension policy `times` times at its
 * maximum and checks that it is the rule row named.
 */
interface Scenario {
  title: string;
  lookup: [CaseKind, CaseProcedure | null, DeadlineStep, RuleVariant];
  ruleId: string;
  start: string;
  extend?: { complexity: Complexity; remoteArea?: boolean; times: number; ruleId: string };
  due: IsoDate;
}

const scenarios: Scenario[] = [
  // Khiếu nại
  {
    title: 'KN acceptance, 10 working days over Tết 2024 (received Thu 01/02)',
    lookup: ['complaint', 'first_instance', 'acceptance', 'normal'],
    ruleId: 'complaint.acceptance.2013',
    start: '2024-02-01',
    due: '2024-02-22',
  },
  {
    title: 'KN acceptance from 2026-07-01, 7 working days',
    lookup: ['complaint', 'second_instance', 'acceptance', 'normal'],
    ruleId: 'complaint.acceptance.2026',
    start: '2026-07-01',
    due: '2026-07-10',
  },
  {
    title: 'KN first instance, 30 days (accepted Mon 05/02/2024)',
    lookup: ['complaint', 'first_instance', 'resolution', 'normal'],
    ruleId: 'complaint.resolution.first_instance.normal',
    start: '2024-02-05',
    due: '2024-03-06',
  },
  {
    title: 'KN first instance complex, 45 days ending Mon 29/04/2024 (day off) -> Thu 02/05',
    lookup: ['complaint', 'first_instance', 'resolution', 'complex'],
    ruleId: 'complaint.resolution.first_instance.complex',
    start: '2024-03-15',
    due: '2024-05-02',
  },
  {
    title: 'KN first instance remote, 45 days across the new year',
    lookup: ['complaint', 'first_instance', 'resolution', 'remote'],
    ruleId: 'complaint.resolution.first_instance.remote',
    start: '2023-12-01',
    due: '2024-01-15',
  },
  {
    title: 'KN first instance remote and complex, 60 days ending Fri 20/01/2023 (Tết) -> Fri 27/01',
    lookup: ['complaint', 'first_instance', 'resolution', 'remote_complex'],
    ruleId: 'complaint.resolution.first_instance.remote_complex',
    start: '2022-11-21',
    due: '2023-01-27',
  },
  {
    title: 'KN second instance, 45 days ending Mon 02/09/2024 (Quốc khánh) -> Wed 04/09',
    lookup: ['complaint', 'second_instance', 'resolution', 'normal'],
    ruleId: 'complaint.resolution.second_instance.normal',
    start: '2024-07-19',
    due: '2024-09-04',
  },
  {
    title: 'KN second instance complex, 60 days ending Wed 30/04/2025 -> Mon 05/05',
    lookup: ['complaint', 'second_instance', 'resolution', 'complex'],
    ruleId: 'complaint.resolution.second_instance.complex',
    start: '2025-03-01',
    due: '2025-05-05',
  },
  {
    title: 'KN second instance remote, 60 days ending Sat 02/03/2024 -> Mon 04/03',
    lookup: ['complaint', 'second_instance', 'resolution', 'remote'],
    ruleId: 'complaint.resolution.second_instance.remote',
    start: '2024-01-02',
    due: '2024-03-04',
  },
  {
    title: 'KN second instance remote and complex, 70 days ending Tue 02/09/2025 -> Wed 03/09',
    lookup: ['complaint', 'second_instance', 'resolution', 'remote_complex'],
    ruleId: 'complaint.resolution.second_instance.remote_complex',
    start: '2025-06-24',
    due: '2025-09-03',
  },
  {
    title: 'KN first instance found complex later: 30 + 15 days from thụ lý',
    lookup: ['complaint', 'first_instance', 'resolution', 'normal'],
    ruleId: 'complaint.resolution.first_instance.normal',
    start: '2024-02-05',
    extend: { complexity: 'normal', times: 1, ruleId: 'complaint.extension.first_instance.normal' },
    due: '2024-03-21',
  },
  {
    title: 'KN first instance remote found complex later: 45 + 15 days',
    lookup: ['complaint', 'first_instance', 'resolution', 'remote'],
    ruleId: 'complaint.resolution.first_instance.remote',
    start: '2024-02-05',
    extend: {
      complexity: 'normal',
      remoteArea: true,
      times: 1,
      ruleId: 'complaint.extension.first_instance.remote',
    },
    due: '2024-04-05',
  },
  {
    title: 'KN second instance found complex later: 45 + 15 days',
    lookup: ['complaint', 'second_instance', 'resolution', 'normal'],
    ruleId: 'complaint.resolution.second_instance.normal',
    start: '2024-02-05',
    extend: { complexity: 'normal', times: 1, ruleId: 'complaint.extension.second_instance.normal' },
    due: '2024-04-05',
  },
  {
    title: 'KN second instance remote found complex later: 60 + 10 days',
    lookup: ['complaint', 'second_instance', 'resolution', 'remote'],
    ruleId: 'complaint.resolution.second_instance.remote',
    start: '2024-02-05',
    extend: {
      complexity: 'normal',
      remoteArea: true,
      times: 1,
      ruleId: 'complaint.extension.second_instance.remote',
    },
    due: '2024-04-15',
  },
  // Tố cáo
  {
    title: 'TC acceptance, 7 working days over Tết 2025 (received Wed 22/01)',
    lookup: ['denunciation', null, 'acceptance', 'normal'],
    ruleId: 'denunciation.acceptance',
    start: '2025-01-22',
    due: '2025-02-07',
  },
  {
    title: 'TC acceptance needing checks at several places, 10 working days',
    lookup: ['denunciation', null, 'acceptance', 'needs_checking'],
    ruleId: 'denunciation.acceptance.needs_checking',
    start: '2025-01-22',
    due: '2025-02-12',
  },
  {
    title: 'TC resolution, 30 days ending Sun 31/03/2024 -> Mon 01/04',
    lookup: ['denunciation', null, 'resolution', 'normal'],
    ruleId: 'denunciation.resolution',
    start: '2024-03-01',
    due: '2024-04-01',
  },
  {
    title: 'TC complex, extended once: 60 days ending Tue 30/04/2024 -> Thu 02/05',
    lookup: ['denunciation', null, 'resolution', 'normal'],
    ruleId: 'denunciation.resolution',
    start: '2024-03-01',
    extend: { complexity: 'complex', times: 1, ruleId: 'denunciation.extension.complex' },
    due: '2024-05-02',
  },
  {
    title: 'TC especially complex, extended twice: 2024-03-01 + 90 = 2024-05-30 (§12.3)',
    lookup: ['denunciation', null, 'resolution', 'normal'],
    ruleId: 'denunciation.resolution',
    start: '2024-03-01',
    extend: {
      complexity: 'especially_complex',
      times: 2,
      ruleId: 'denunciation.extension.especially_complex',
    },
    due: '2024-05-30',
  },
  // PAKN
  {
    title: 'Petition reply, 10 working days counting the make-up Saturday 04/05/2024',
    lookup: ['petition', 'feedback', 'acceptance', 'normal'],
    ruleId: 'petition.reply',
    start: '2024-04-24',
    due: '2024-05-10',
  },
  {
    title: 'Petition answer, 15 working days counting the make-up Saturday 26/04/2025',
    lookup: ['petition', 'request', 'resolution', 'normal'],
    ruleId: 'petition.resolution',
    start: '2025-04-21',
    due: '2025-05-14',
  },
  // Hộ tịch
  {
    title: 'HT default (Art. 5(3)): same day',
    lookup: ['civil_status', null, 'resolution', 'normal'],
    ruleId: 'civil_status.resolution.default',
    start: '2024-03-12T10:00:00+07:00',
    due: '2024-03-12',
  },
  {
    title: 'HT birth at 14:59: same day',
    lookup: ['civil_status', 'birth', 'resolution', 'normal'],
    ruleId: 'civil_status.resolution.birth',
    start: '2024-03-12T14:59:00+07:00',
    due: '2024-03-12',
  },
  {
    title: 'HT marriage on Friday after 15:00: Monday',
    lookup: ['civil_status', 'marriage', 'resolution', 'normal'],
    ruleId: 'civil_status.resolution.marriage',
    start: '2024-03-15T16:00:00+07:00',
    due: '2024-03-18',
  },
  {
    title: 'HT marriage needing checks: 5 working days from receipt',
    lookup: ['civil_status', 'marriage', 'resolution', 'normal'],
    ruleId: 'civil_status.resolution.marriage',
    start: '2024-03-15T09:00:00+07:00',
    extend: { complexity: 'normal', times: 1, ruleId: 'civil_status.extension.marriage' },
    due: '2024-03-22',
  },
  {
    title: 'HT death at 15:30 the day before Tết 2024: the first working day after Tết',
    lookup: ['civil_status', 'death', 'resolution', 'normal'],
    ruleId: 'civil_status.resolution.death',
    start: '2024-02-07T15:30:00+07:00',
    due: '2024-02-15',
  },
  {
    title: 'HT extract on the make-up Saturday 04/05/2024 at 10:00: same day',
    lookup: ['civil_status', 'extract_copy', 'resolution', 'normal'],
    ruleId: 'civil_status.resolution.extract_copy',
    start: '2024-05-04T10:00:00+07:00',
    due: '2024-05-04',
  },
  {
    title: 'HT guardianship, 3 working days over Giỗ Tổ and 30/4 2023',
    lookup: ['civil_status', 'guardianship', 'resolution', 'normal'],
    ruleId: 'civil_status.resolution.guardianship',
    start: '2023-04-27',
    due: '2023-05-05',
  },
  {
    title: 'HT parentage, 3 working days over Quốc khánh 2023',
    lookup: ['civil_status', 'parentage', 'resolution', 'normal'],
    ruleId: 'civil_status.resolution.parentage',
    start: '2023-08-30',
    due: '2023-09-06',
  },
  {
    title: 'HT parentage needing checks: 3 + 5 working days',
    lookup: ['civil_status', 'parentage', 'resolution', 'normal'],
    ruleId: 'civil_status.resolution.parentage',
    start: '2023-08-30',
    extend: { complexity: 'normal', times: 1, ruleId: 'civil_status.extension.parentage' },
    due: '2023-09-13',
  },
  {
    title: 'HT change or correction, 3 working days over Tết 2026',
    lookup: ['civil_status', 'change_correction', 'resolution', 'normal'],
    ruleId: 'civil_status.resolution.change_correction',
    start: '2026-02-12',
    due: '2026-02-24',
  },
  {
    title: 'HT change or correction extended: 3 + 3 working days',
    lookup: ['civil_status', 'change_correction', 'resolution', 'normal'],
    ruleId: 'civil_status.resolution.change_correction',
    start: '2026-02-12',
    extend: { complexity: 'normal', times: 1, ruleId: 'civil_status.extension.change_correction' },
    due: '2026-02-27',
  },
  {
    title: 'HT marital status, 3 working days over 01/01/2026',
    lookup: ['civil_status', 'marital_status_confirmation', 'resolution', 'normal'],
    ruleId: 'civil_status.resolution.marital_status_confirmation',
    start: '2025-12-31',
    due: '2026-01-06',
  },
  {
    title: 'HT re-registration, 5 working days over Quốc khánh 2025',
    lookup: ['civil_status', 're_registration', 'resolution', 'normal'],
    ruleId: 'civil_status.resolution.re_registration',
    start: '2025-08-28',
    due: '2025-09-08',
  },
  // Chứng thực
  {
    title: 'CT default (Art. 7): Friday after 15:00 -> Monday',
    lookup: ['certification', null, 'resolution', 'normal'],
    ruleId: 'certification.resolution.default',
    start: '2025-03-14T15:30:00+07:00',
    due: '2025-03-17',
  },
  {
    title: 'CT copy from the original at 16:00: next working day',
    lookup: ['certification', 'copy_from_original', 'resolution', 'normal'],
    ruleId: 'certification.resolution.copy_from_original',
    start: '2024-03-12T16:00:00+07:00',
    due: '2024-03-13',
  },
  {
    title: 'CT copy from the original, many pages: +2 working days from receipt (Art. 21)',
    lookup: ['certification', 'copy_from_original', 'resolution', 'normal'],
    ruleId: 'certification.resolution.copy_from_original',
    start: '2024-03-12T16:00:00+07:00',
    extend: { complexity: 'normal', times: 1, ruleId: 'certification.extension.copy_from_original' },
    due: '2024-03-14',
  },
  {
    title: 'CT copy from the master register, Fri 26/04/2024 15:01: after 30/4-1/5',
    lookup: ['certification', 'copy_from_master_register', 'resolution', 'normal'],
    ruleId: 'certification.resolution.copy_from_master_register',
    start: '2024-04-26T15:01:00+07:00',
    due: '2024-05-02',
  },
  {
    title: 'CT signature, Friday 15:30 -> Monday',
    lookup: ['certification', 'signature', 'resolution', 'normal'],
    ruleId: 'certification.resolution.signature',
    start: '2025-03-14T15:30:00+07:00',
    due: '2025-03-17',
  },
  {
    title: "CT translator's signature, Friday 25/04/2025 15:30 -> the make-up Saturday",
    lookup: ['certification', 'translator_signature', 'resolution', 'normal'],
    ruleId: 'certification.resolution.translator_signature',
    start: '2025-04-25T15:30:00+07:00',
    due: '2025-04-26',
  },
  {
    title: 'CT contract, 2 working days counting the make-up Saturday 26/04/2025',
    lookup: ['certification', 'contract', 'resolution', 'normal'],
    ruleId: 'certification.resolution.contract',
    start: '2025-04-25T09:00:00+07:00',
    due: '2025-04-28',
  },
];

const startOf = (start: string): IsoDate | Date => (start.length === 10 ? start : new Date(start));

describe('computeDeadline: one scenario per rule row', () => {
  it.each(scenarios.map((s) => [s.title, s] as const))('%s', (_title, scenario) => {
    const start = startOf(scenario.start);
    const eventDate = typeof start === 'string' ? start : businessDateOf(start);
    const [kind, procedure, step, variant] = scenario.lookup;
    const found = requireRule(kind, procedure, step, variant, eventDate);
    expect(found.id).toBe(scenario.ruleId);

    const extensions: { days: number }[] = [];
    if (scenario.extend) {
      const { complexity, remoteArea, times, ruleId } = scenario.extend;
      const policy = extensionRule(kind, procedure, complexity, { remoteArea, at: eventDate });
      expect(policy?.ruleId).toBe(ruleId);
      expect(policy?.maxExtensions).toBeGreaterThanOrEqual(times);
      for (let i = 0; i < times; i++) {
        extensions.push({ days: policy?.maxDaysEach ?? 0 });
      }
    }
    expect(due({ rule: found, start, extensions })).toBe(scenario.due);
  });

  it('covers every rule row', () => {
    const covered = new Set(scenarios.flatMap((s) => [s.ruleId, s.extend?.ruleId]));
    expect(DEADLINE_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('computeDeadline: arithmetic of DOMAIN.md §12.3', () => {
  const tc = rule('denunciation.resolution');

  it('TC accepted 2024-03-01, suspended 2024-03-11, resumed 2024-03-21: 10 paused days, due 2024-04-10', () => {
    const result = computeDeadline({
      calendar,
      rule: tc,
      start: '2024-03-01',
      pauses: [{ from: '2024-03-11', to: '2024-03-21' }],
    });
    expect(result.dueDate).toBe('2024-04-10');
    expect(result.explanation).toEqual({
      start: '2024-03-01',
      rule: { id: 'denunciation.resolution', amount: 30, unit: 'calendar_days', legalRef: tc.legalRef },
      extensionDays: 0,
      pausedDays: 10,
      rawEnd: '2024-04-10',
      nonWorkingDaysSkipped: [],
      provisional: false,
    });
  });

  it('the same TC, especially complex, extended twice: 30 + 30 + 30 days from thụ lý = 2024-05-30', () => {
    const result = computeDeadline({
      calendar,
      rule: tc,
      start: '2024-03-01',
      extensions: [{ days: 30 }, { days: 30 }],
    });
    expect(result.dueDate).toBe('2024-05-30');
    expect(result.explanation.extensionDays).toBe(60);
  });

  it('rolls only the final end: 30 days then +30 is 60 days from the start, not from the rolled date', () => {
    // 2024-03-01 + 30 = Sun 03-31 (rolled to 04-01 for the base limit); + 60 = 04-30, a day off -> 05-02.
    expect(due({ rule: tc, start: '2024-03-01' })).toBe('2024-04-01');
    expect(due({ rule: tc, start: '2024-03-01', extensions: [{ days: 30 }] })).toBe('2024-05-02');
  });

  it('a 30-day limit ending on Quốc khánh 2024-09-02 ends on 2024-09-04, with the days skipped explained', () => {
    const result = computeDeadline({ calendar, rule: tc, start: '2024-08-03' });
    expect(result.dueDate).toBe('2024-09-04');
    expect(result.explanation.rawEnd).toBe('2024-09-02');
    expect(result.explanation.rolledForwardFrom).toBe('2024-09-02');
    expect(result.explanation.nonWorkingDaysSkipped).toEqual(['2024-09-02', '2024-09-03']);
  });

  it('a suspension of a working-day clock adds the working days between suspension and resumption', () => {
    // Petition answer, 15 wd from Fri 2024-03-01; suspended 03-11, resumed 03-21: 8 working days in (11, 21].
    const result = computeDeadline({
      calendar,
      rule: rule('petition.resolution'),
      start: '2024-03-01',
      pauses: [{ from: '2024-03-11', to: '2024-03-21' }],
    });
    expect(result.explanation.pausedDays).toBe(8);
    expect(result.dueDate).toBe('2024-04-03');
  });

  it('a KN suspension from 2026-07-01 continues the clock from the resumption (provisional year)', () => {
    const result = computeDeadline({
      calendar,
      rule: rule('complaint.resolution.first_instance.normal'),
      start: '2026-07-01',
      pauses: [{ from: '2026-07-10', to: '2026-07-20' }],
    });
    expect(result.dueDate).toBe('2026-08-10');
    expect(result.explanation.provisional).toBe(true);
  });

  it('several pauses add up', () => {
    const pauses: DeadlinePause[] = [
      { from: '2024-03-04', to: '2024-03-06' },
      { from: '2024-03-11', to: '2024-03-21' },
    ];
    expect(due({ rule: tc, start: '2024-03-01', pauses })).toBe('2024-04-12');
  });

  it('has no due date while a pause is open', () => {
    const result = computeDeadline({
      calendar,
      rule: tc,
      start: '2024-03-01',
      pauses: [
        { from: '2024-03-04', to: '2024-03-06' },
        { from: '2024-03-11', to: null },
      ],
    });
    expect(result.dueDate).toBeNull();
    expect(result.explanation).toMatchObject({ pausedDays: 2, pausedSince: '2024-03-11', rawEnd: null });
  });

  it('refuses a pause that ends before it starts, and negative days', () => {
    expect(() =>
      due({ rule: tc, start: '2024-03-01', pauses: [{ from: '2024-03-11', to: '2024-03-10' }] }),
    ).toThrow(ValidationError);
    expect(() => due({ rule: tc, start: '2024-03-01', extensions: [{ days: -1 }] })).toThrow(ValidationError);
  });

  it('flags a deadline that runs into a provisional year', () => {
    const result = computeDeadline({
      calendar,
      rule: rule('civil_status.resolution.marital_status_confirmation'),
      start: '2025-12-31',
    });
    expect(result.dueDate).toBe('2026-01-06');
    expect(result.explanation.provisional).toBe(true);
    expect(result.explanation.nonWorkingDaysSkipped).toEqual(['2026-01-01', '2026-01-03', '2026-01-04']);
  });

  it('the API example: received 2024-02-01, accepted 2024-02-05 -> acceptance 2024-02-22, resolution 2024-03-06', () => {
    const acceptance = requireRule('complaint', 'first_instance', 'acceptance', 'normal', '2024-02-01');
    const resolution = requireRule('complaint', 'first_instance', 'resolution', 'normal', '2024-02-05');
    expect(due({ rule: acceptance, start: new Date('2024-02-01T09:30:00+07:00') })).toBe('2024-02-22');
    expect(due({ rule: resolution, start: '2024-02-05' })).toBe('2024-03-06');
  });
});

describe('computeDeadline: the KN acceptance switch on 2026-07-01', () => {
  it('received Tue 2026-06-30: 10 working days -> 2026-07-14', () => {
    const acceptance = requireRule('complaint', 'first_instance', 'acceptance', 'normal', '2026-06-30');
    expect(acceptance.amount).toBe(10);
    expect(due({ rule: acceptance, start: '2026-06-30' })).toBe('2026-07-14');
  });

  it('received Wed 2026-07-01: 7 working days -> 2026-07-10', () => {
    const acceptance = requireRule('complaint', 'first_instance', 'acceptance', 'normal', '2026-07-01');
    expect(acceptance.amount).toBe(7);
    expect(due({ rule: acceptance, start: '2026-07-01' })).toBe('2026-07-10');
  });

  it('the version follows the local date of the receipt: 2026-06-30T17:30Z is 2026-07-01 in Vietnam', () => {
    const instant = new Date('2026-06-30T17:30:00Z');
    const acceptance = requireRule('complaint', null, 'acceptance', 'normal', businessDateOf(instant));
    expect(due({ rule: acceptance, start: instant })).toBe('2026-07-10');
  });
});

describe('computeDeadline: the 15:00 rule (Luật HT Art. 5(3), NĐ 23/2015 Art. 7)', () => {
  const signature = rule('certification.resolution.signature');
  const at = (iso: string) => computeDeadline({ calendar, rule: signature, start: new Date(iso) });

  it('14:59 on a working day: due the same day', () => {
    expect(at('2024-03-12T14:59:00+07:00').dueDate).toBe('2024-03-12');
  });

  it('15:00 exactly (and 15:00:59, read to the minute): due the same day', () => {
    expect(at('2024-03-12T15:00:00+07:00').dueDate).toBe('2024-03-12');
    expect(at('2024-03-12T15:00:59+07:00').dueDate).toBe('2024-03-12');
  });

  it('15:01: due the next working day', () => {
    const result = at('2024-03-12T15:01:00+07:00');
    expect(result.dueDate).toBe('2024-03-13');
    expect(result.explanation.fifteenHundredRule).toBe(true);
    expect(result.explanation.rolledForwardFrom).toBe('2024-03-12');
  });

  it('Friday after 15:00: due Monday', () => {
    const result = at('2024-03-15T16:30:00+07:00');
    expect(result.dueDate).toBe('2024-03-18');
    expect(result.explanation.nonWorkingDaysSkipped).toEqual(['2024-03-16', '2024-03-17']);
  });

  it('the last working day before Tết 2026 after 15:00: due the first working day after Tết', () => {
    expect(at('2026-02-13T15:30:00+07:00').dueDate).toBe('2026-02-23');
    expect(at('2026-02-13T15:30:00+07:00').explanation.provisional).toBe(true);
  });

  it('received on a weekend or day off (online): due the first working day after, whatever the hour', () => {
    expect(at('2024-03-16T10:00:00+07:00').dueDate).toBe('2024-03-18');
    expect(at('2024-03-16T16:00:00+07:00').dueDate).toBe('2024-03-18');
    expect(at('2024-03-16T10:00:00+07:00').explanation.fifteenHundredRule).toBe(false);
    expect(at('2025-01-27T09:00:00+07:00').dueDate).toBe('2025-02-03');
  });

  it('reads the hour in Vietnam: 08:30 UTC is 15:30 in Hà Nội', () => {
    expect(at('2024-03-12T08:30:00Z').dueDate).toBe('2024-03-13');
    expect(at('2024-03-12T07:59:00Z').dueDate).toBe('2024-03-12');
  });

  it('receivedAtMinutes sets the time when the start is a bare date; a bare date alone is before 15:00', () => {
    expect(due({ rule: signature, start: '2024-03-12' })).toBe('2024-03-12');
    expect(due({ rule: signature, start: '2024-03-12', receivedAtMinutes: 15 * 60 + 1 })).toBe('2024-03-13');
    expect(due({ rule: signature, start: '2024-03-12', receivedAtMinutes: 15 * 60 })).toBe('2024-03-12');
  });

  it('does not apply to working-day rules (contract, 2 working days)', () => {
    const contract = rule('certification.resolution.contract');
    expect(due({ rule: contract, start: new Date('2024-03-12T16:59:00+07:00') })).toBe('2024-03-14');
    expect(
      computeDeadline({ calendar, rule: contract, start: '2024-03-12' }).explanation.fifteenHundredRule,
    ).toBe(undefined);
  });

  it('an extension of a same-day rule counts working days from the receipt date, after 15:00 too', () => {
    const copy = rule('certification.resolution.copy_from_original');
    expect(due({ rule: copy, start: new Date('2024-03-15T16:00:00+07:00'), extensions: [{ days: 2 }] })).toBe(
      '2024-03-19',
    );
  });
});

describe('computeDeadline: properties', () => {
  const day = fc.integer({ min: toDayNumber('2022-06-01'), max: toDayNumber('2027-06-30') });
  const units = fc.constantFrom<DeadlineRule['unit']>('calendar_days', 'working_days', 'same_day');

  it('never moves backwards when the amount, an extension or a pause grows', () => {
    fc.assert(
      fc.property(
        day,
        units,
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 1439 }),
        (start, unit, amount, more, pause, minutes) => {
          const base = { amount: unit === 'same_day' ? 0 : amount, unit, legalRef: 'test' };
          const input = { start: fromDayNumber(start), receivedAtMinutes: minutes };
          const a = due({ ...input, rule: base }) as string;
          const b = due({
            ...input,
            rule: { ...base, amount: base.amount + (unit === 'same_day' ? 0 : more) },
          });
          const c = due({ ...input, rule: base, extensions: [{ days: more }] }) as string;
          const d = due({
            ...input,
            rule: base,
            pauses: [{ from: fromDayNumber(start + 1), to: fromDayNumber(start + 1 + pause) }],
          }) as string;
          expect(b !== null && a <= b).toBe(true);
          expect(a <= c && a <= d).toBe(true);
          expect(calendar.isWorkingDay(a) && calendar.isWorkingDay(c) && calendar.isWorkingDay(d)).toBe(true);
        },
      ),
    );
  });
});
