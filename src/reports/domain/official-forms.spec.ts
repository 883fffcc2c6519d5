import { buildForm, checkForm, type FormCounts, formValue } from './official-forms.js';
import { receptionFigures, type ReceptionCountsRow } from './reception-figures.js';

const COUNTS: FormCounts = {
  carriedOver: 2,
  accepted: 21,
  total: 23,
  resolved: 22,
  withdrawn: 1,
  terminated: 1,
  resolvedOnTime: 20,
  upheld: 5,
  partlyUpheld: 3,
  notUpheld: 10,
  firstDecisionUpheld: 1,
  firstDecisionOverturned: 1,
};

describe('official forms', () => {
  it('lays out 01/KQGQ from the counts, with the columns without data empty', () => {
    const form = buildForm('01-kqgq', COUNTS);
    expect(form.code).toBe('01/KQGQ');
    expect(form.columns.map((c) => c.no)).toEqual(form.columns.map((_, i) => i + 1));
    expect(formValue(form, 'total')).toBe(23);
    expect(formValue(form, 'byDecision')).toBe(21);
    expect(formValue(form, 'late')).toBe(2);
    expect(formValue(form, 'secondOverturned')).toBe(1);
    expect(formValue(form, 'recoverMoney')).toBeNull();
    expect(form.columns.filter((c) => c.value === null)).toHaveLength(11);
    expect(checkForm(form, '2023')).toEqual({ ok: true, failures: [] });
  });

  it('lays out 03/KQGQ with the withdrawn and terminated apart and the repeated denunciations empty', () => {
    const form = buildForm('03-kqgq', { ...COUNTS, firstDecisionUpheld: 0, firstDecisionOverturned: 0 });
    expect(formValue(form, 'terminated')).toBe(1);
    expect(formValue(form, 'resolvedContinued')).toBeNull();
    expect(formValue(form, 'partlyUpheld')).toBe(3);
    expect(formValue(form, 'byDecision')).toBeUndefined();
    expect(checkForm(form, '2023').ok).toBe(true);
  });

  it('reports a failed check when the figures do not add up', () => {
    const form = buildForm('01-kqgq', { ...COUNTS, total: 24 });
    expect(checkForm(form, '2023')).toEqual({
      ok: false,
      failures: [
        { check: 'total = carriedOver + accepted', kind: null, period: '2023', expected: 24, actual: 23 },
      ],
    });
    const analysed = buildForm('03-kqgq', { ...COUNTS, upheld: 30 });
    expect(checkForm(analysed, '2023').failures.map((f) => f.check)).toEqual([
      'analysed <= resolved - withdrawn - terminated',
    ]);
  });
});

describe('reception figures', () => {
  it('nests the category and outcome columns, every value present', () => {
    const row = {
      visits: 3,
      visitors: 9,
      groupVisits: 1,
      groupVisitors: 7,
      leaderVisits: 1,
      delegatedVisits: 0,
      leaderDays: 1,
      firstVisits: 2,
      repeatVisits: 1,
      category_complaint: 2,
      category_denunciation: 0,
      category_petition: 1,
      category_mixed: 0,
      category_other: 0,
      outcome_guided: 1,
      outcome_case_opened: 1,
      outcome_transferred: 0,
      outcome_answered: 1,
      outcome_refused: 0,
    } satisfies ReceptionCountsRow;
    expect(receptionFigures(row)).toEqual({
      visits: 3,
      visitors: 9,
      groupVisits: 1,
      groupVisitors: 7,
      leaderVisits: 1,
      delegatedVisits: 0,
      leaderDays: 1,
      firstVisits: 2,
      repeatVisits: 1,
      byCategory: { complaint: 2, denunciation: 0, petition: 1, mixed: 0, other: 0 },
      byOutcome: { guided: 1, case_opened: 1, transferred: 0, answered: 1, refused: 0 },
    });
  });
});
