import type { FormCounts } from '../../cases/statistics/statistics-types.js';
import { type Reconciliation, reconciliation, type ReconciliationFailure } from './reconciliation.js';

/**
 * The official form layouts of DOMAIN.md section 8 (TT 02/2021/TT-TTCP): 01/KQGQ (complaints resolved within
 * competence) and 03/KQGQ (denunciations). Every column of the form is present, in the form's order; the
 * columns the system has no data for (money and land recovered or returned, people disciplined or sent to
 * the investigating authority, repeated denunciations) have no value and say so.
 */

/** What the SQL counts for a form, with the same definitions as the resolution report (DOMAIN.md 12.7). */
export type { FormCounts };

export const OFFICIAL_FORMS = ['01-kqgq', '03-kqgq'] as const;
export type OfficialForm = (typeof OFFICIAL_FORMS)[number];

export interface FormColumn {
  /** The column's number in the export (1, 2, ...), in the form's order. */
  no: number;
  key: string;
  /** The heading group of the form (`Đơn thuộc thẩm quyền`, `Kết quả giải quyết`...). */
  group: string;
  label: string;
  /** Null when the system stores no data for the column. */
  value: number | null;
}

export interface FormFigures {
  form: OfficialForm;
  code: string;
  title: string;
  columns: FormColumn[];
  notes: string[];
}

type Source = ((c: FormCounts) => number) | null;
type Definition = [key: string, group: string, label: string, source: Source];

export const NO_DATA_NOTE =
  'Các cột để trống là số liệu hệ thống không quản lý (tiền, đất thu hồi hoặc trả lại; số người bị kiến nghị ' +
  'xử lý; vụ việc, người chuyển cơ quan điều tra; tố cáo tiếp): đơn vị tự điền.';

const DOSSIER = 'Đơn thuộc thẩm quyền';
const RESULT = 'Kết quả giải quyết';
const RECOVER = 'Kiến nghị thu hồi cho Nhà nước';
const RETURN = 'Trả lại cho tổ chức, cá nhân';
const DISCIPLINE = 'Kiến nghị xử lý hành chính';
const PROSECUTION = 'Chuyển cơ quan điều tra';
const DEADLINE = 'Chấp hành thời hạn giải quyết';

const MONEY_AND_PEOPLE: Definition[] = [
  ['recoverMoney', RECOVER, 'Tiền (Trđ)', null],
  ['recoverLand', RECOVER, 'Đất (m²)', null],
  ['returnMoney', RETURN, 'Tiền (Trđ)', null],
  ['returnLand', RETURN, 'Đất (m²)', null],
  ['returnOrganisations', RETURN, 'Số tổ chức được trả lại quyền lợi', null],
  ['returnPersons', RETURN, 'Số cá nhân được trả lại quyền lợi', null],
  ['disciplinePersons', DISCIPLINE, 'Tổng số người', null],
  ['disciplineOfficials', DISCIPLINE, 'Trong đó: cán bộ, công chức, viên chức', null],
  ['prosecutionCases', PROSECUTION, 'Số vụ', null],
  ['prosecutionPersons', PROSECUTION, 'Số người', null],
  ['prosecutionOfficials', PROSECUTION, 'Trong đó: cán bộ, công chức, viên chức', null],
];

const ON_TIME: Definition[] = [
  ['onTime', DEADLINE, 'Đúng quy định', (c) => c.resolvedOnTime],
  ['late', DEADLINE, 'Không đúng quy định', (c) => c.resolved - c.resolvedOnTime],
];

const COMPLAINT_COLUMNS: Definition[] = [
  ['total', DOSSIER, 'Tổng số', (c) => c.total],
  ['carriedOver', DOSSIER, 'Kỳ trước chuyển sang', (c) => c.carriedOver],
  ['accepted', DOSSIER, 'Tiếp nhận trong kỳ', (c) => c.accepted],
  ['cases', 'Vụ việc', 'Tổng số vụ việc thuộc thẩm quyền', (c) => c.total],
  ['resolved', RESULT, 'Đã giải quyết: tổng số', (c) => c.resolved],
  ['byDecision', RESULT, 'Bằng quyết định hành chính', (c) => c.resolved - c.withdrawn],
  ['withdrawn', RESULT, 'Rút đơn do giải thích, thuyết phục', (c) => c.withdrawn],
  ...MONEY_AND_PEOPLE,
  ['firstUpheld', 'Phân tích kết quả: giải quyết lần đầu', 'Khiếu nại đúng', (c) => c.upheld],
  ['firstNotUpheld', 'Phân tích kết quả: giải quyết lần đầu', 'Khiếu nại sai', (c) => c.notUpheld],
  [
    'firstPartlyUpheld',
    'Phân tích kết quả: giải quyết lần đầu',
    'Khiếu nại đúng một phần',
    (c) => c.partlyUpheld,
  ],
  [
    'secondConfirmed',
    'Phân tích kết quả: giải quyết lần 2',
    'Công nhận quyết định lần đầu',
    (c) => c.firstDecisionUpheld,
  ],
  [
    'secondOverturned',
    'Phân tích kết quả: giải quyết lần 2',
    'Hủy, sửa quyết định lần đầu',
    (c) => c.firstDecisionOverturned,
  ],
  ...ON_TIME,
];

const DENUNCIATION_COLUMNS: Definition[] = [
  ['total', DOSSIER, 'Tổng số', (c) => c.total],
  ['carriedOver', DOSSIER, 'Kỳ trước chuyển sang', (c) => c.carriedOver],
  ['accepted', DOSSIER, 'Tiếp nhận trong kỳ', (c) => c.accepted],
  ['cases', 'Vụ việc', 'Tổng số vụ việc thuộc thẩm quyền', (c) => c.total],
  ['casesContinued', 'Vụ việc', 'Trong đó: tố cáo tiếp', null],
  ['resolved', RESULT, 'Đã giải quyết: tổng số', (c) => c.resolved],
  ['resolvedFirst', RESULT, 'Tố cáo lần đầu', null],
  ['resolvedContinued', RESULT, 'Tố cáo tiếp', null],
  ['withdrawn', RESULT, 'Rút toàn bộ nội dung tố cáo', (c) => c.withdrawn],
  ['terminated', RESULT, 'Đình chỉ không do rút tố cáo', (c) => c.terminated],
  ...MONEY_AND_PEOPLE,
  ['upheld', 'Phân tích kết quả', 'Tố cáo đúng', (c) => c.upheld],
  ['upheldContinued', 'Phân tích kết quả', 'Tố cáo đúng: trong đó tố cáo tiếp', null],
  ['notUpheld', 'Phân tích kết quả', 'Tố cáo sai', (c) => c.notUpheld],
  ['notUpheldContinued', 'Phân tích kết quả', 'Tố cáo sai: trong đó tố cáo tiếp', null],
  ['partlyUpheld', 'Phân tích kết quả', 'Tố cáo có đúng, có sai', (c) => c.partlyUpheld],
  ['partlyUpheldContinued', 'Phân tích kết quả', 'Có đúng, có sai: trong đó tố cáo tiếp', null],
  ...ON_TIME,
];

const FORMS: Record<OfficialForm, { code: string; title: string; columns: Definition[]; notes: string[] }> = {
  '01-kqgq': {
    code: '01/KQGQ',
    title: 'TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI THUỘC THẨM QUYỀN',
    columns: COMPLAINT_COLUMNS,
    notes: [
      'Mỗi đơn thuộc thẩm quyền là một vụ việc (hệ thống không gộp nhiều đơn cùng nội dung).',
      'Bằng quyết định hành chính: đã giải quyết trừ rút đơn; gồm cả quyết định đình chỉ giải quyết.',
      'Số liệu tính đến hết ngày cuối kỳ: vụ việc giải quyết sau kỳ là chưa giải quyết trong kỳ.',
    ],
  },
  '03-kqgq': {
    code: '03/KQGQ',
    title: 'TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TỐ CÁO THUỘC THẨM QUYỀN',
    columns: DENUNCIATION_COLUMNS,
    notes: [
      'Mỗi đơn thuộc thẩm quyền là một vụ việc.',
      'Số liệu tính đến hết ngày cuối kỳ: vụ việc giải quyết sau kỳ là chưa giải quyết trong kỳ.',
    ],
  },
};

export function buildForm(form: OfficialForm, counts: FormCounts): FormFigures {
  const def = FORMS[form];
  return {
    form,
    code: def.code,
    title: def.title,
    columns: def.columns.map(([key, group, label, source], i) => ({
      no: i + 1,
      key,
      group,
      label,
      value: source === null ? null : source(counts),
    })),
    notes: [...def.notes, NO_DATA_NOTE],
  };
}

/** The value of a column by key (undefined when the form has no such column). */
export function formValue(figures: FormFigures, key: string): number | null | undefined {
  return figures.columns.find((c) => c.key === key)?.value;
}

/** The form's arithmetic: total = carried over + accepted; the results and analyses add up. */
export function checkForm(figures: FormFigures, period: string): Reconciliation {
  const failures: ReconciliationFailure[] = [];
  const v = (key: string): number => formValue(figures, key) ?? 0;
  const equal = (check: string, expected: number, actual: number): void => {
    if (expected !== actual) {
      failures.push({ check, kind: null, period, expected, actual });
    }
  };
  const atMost = (check: string, bound: number, actual: number): void => {
    if (actual > bound || actual < 0) {
      failures.push({ check, kind: null, period, expected: `0..${bound}`, actual });
    }
  };
  equal('total = carriedOver + accepted', v('total'), v('carriedOver') + v('accepted'));
  equal('cases = total', v('total'), v('cases'));
  atMost('resolved <= total', v('total'), v('resolved'));
  equal('onTime + late = resolved', v('resolved'), v('onTime') + v('late'));
  if (figures.form === '01-kqgq') {
    equal('resolved = byDecision + withdrawn', v('resolved'), v('byDecision') + v('withdrawn'));
    const analysed = [
      'firstUpheld',
      'firstNotUpheld',
      'firstPartlyUpheld',
      'secondConfirmed',
      'secondOverturned',
    ];
    atMost(
      'analysed <= byDecision',
      v('byDecision'),
      analysed.reduce((s, k) => s + v(k), 0),
    );
  } else {
    atMost('withdrawn + terminated <= resolved', v('resolved'), v('withdrawn') + v('terminated'));
    const analysed = v('upheld') + v('notUpheld') + v('partlyUpheld');
    atMost(
      'analysed <= resolved - withdrawn - terminated',
      v('resolved') - v('withdrawn') - v('terminated'),
      analysed,
    );
  }
  return reconciliation(failures);
}
