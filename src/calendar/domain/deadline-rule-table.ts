import { type IsoDate } from './business-date.js';

// The vocabulary of cases (kinds, procedures, complexity) is the cases domain's: the rule table is keyed by it.
import {
  type CaseKind,
  type CaseProcedure,
  type CertificationProcedure,
  type CivilStatusProcedure,
  type ComplaintProcedure,
  type Complexity,
} from '../../cases/domain/case-kind.js';

export type { CaseKind, CaseProcedure, Complexity };

/**
 * The clock a rule times:
 * - `acceptance`: from receipt to thụ lý (complaint, denunciation);
 * - `reply`: the 10-working-day reply of Luật TCD Art. 28(1). For a petition it is the acceptance clock:
 *   `findRule('petition', _, 'acceptance', ...)` returns the `reply` row;
 * - `resolution`: from thụ lý (complaint, denunciation, petition) or from receipt (civil_status, certification);
 * - `extension`: one extension of the resolution limit; `amount` is the most one extension may add, and
 *   `maxExtensions` how many are allowed.
 */
export type DeadlineStep = 'acceptance' | 'resolution' | 'reply' | 'extension';

export type RuleVariant =
  'normal' | 'complex' | 'especially_complex' | 'remote' | 'remote_complex' | 'needs_checking';

/**
 * - `calendar_days` ("ngày"): start day not counted, end = start + n, rolled forward if not a working day;
 * - `working_days` ("ngày làm việc"): the n-th working day after the start day;
 * - `same_day`: done on the day of receipt; received after 15:00 or on a non-working day: the next working
 *   day (`amount` is 0).
 */
export type DeadlineUnit = 'calendar_days' | 'working_days' | 'same_day';

/**
 * One version of one time limit (DOMAIN.md §12.2). The version is chosen by the date of the event that starts
 * the clock: a row applies when `validFrom <= date < validTo` (**`validFrom` inclusive, `validTo` exclusive**,
 * null = unbounded), so successive versions share the switch date: one ends `validTo: '2026-07-01'`, the next
 * starts `validFrom: '2026-07-01'`.
 */
export interface DeadlineRule {
  id: string;
  kind: CaseKind;
  /** null = any procedure of the kind; a procedure-specific row wins over it. */
  procedure: CaseProcedure | null;
  step: DeadlineStep;
  variant: RuleVariant;
  amount: number;
  unit: DeadlineUnit;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  legalRef: string;
  /** `extension` rows: how many extensions of at most `amount` each are allowed. */
  maxExtensions?: number;
}

/** The default internal limit for the substantive answer to a petition (DOMAIN.md §5, §12.4). */
export const DEFAULT_PETITION_RESOLUTION_WORKING_DAYS = 15;

const KN_ACCEPT_SWITCH: IsoDate = '2026-07-01';

/** Every time limit of DOMAIN.md §2-7 that a case clock uses, as data. */
export const DEADLINE_RULES: readonly DeadlineRule[] = Object.freeze([
  // ---- Khiếu nại (DOMAIN.md §2.1). Acceptance counts working days (implementing texts); resolution counts
  // calendar days (the Law writes plain "ngày"; §12.1).
  {
    id: 'complaint.acceptance.2013',
    kind: 'complaint',
    procedure: null,
    step: 'acceptance',
    variant: 'normal',
    amount: 10,
    unit: 'working_days',
    validFrom: null,
    validTo: KN_ACCEPT_SWITCH,
    legalRef:
      'Luật Khiếu nại 2011 Điều 27, 36(1); TT 07/2013/TT-TTCP Điều 5 (sửa đổi bởi TT 02/2016); NĐ 124/2020 Điều 16(1)',
  },
  {
    id: 'complaint.acceptance.2026',
    kind: 'complaint',
    procedure: null,
    step: 'acceptance',
    variant: 'normal',
    amount: 7,
    unit: 'working_days',
    validFrom: KN_ACCEPT_SWITCH,
    validTo: null,
    legalRef: 'NĐ 124/2020 Điều 16(1), sửa đổi bởi NĐ 155/2026 Điều 10',
  },
  ...complaintResolution('first_instance', 'Luật Khiếu nại 2011 Điều 28', {
    normal: 30,
    complex: 45,
    remote: 45,
    remote_complex: 60,
  }),
  ...complaintResolution('second_instance', 'Luật Khiếu nại 2011 Điều 37', {
    normal: 45,
    complex: 60,
    remote: 60,
    remote_complex: 70,
  }),
  // A later finding of complexity extends the limit, once, to the complex limit (§12.3).
  complaintExtension('first_instance', 'normal', 15, 'Luật Khiếu nại 2011 Điều 28 (30 → 45 ngày)'),
  complaintExtension(
    'first_instance',
    'remote',
    15,
    'Luật Khiếu nại 2011 Điều 28 (45 → 60 ngày, vùng sâu, vùng xa)',
  ),
  complaintExtension('second_instance', 'normal', 15, 'Luật Khiếu nại 2011 Điều 37 (45 → 60 ngày)'),
  complaintExtension(
    'second_instance',
    'remote',
    10,
    'Luật Khiếu nại 2011 Điều 37 (60 → 70 ngày, vùng sâu, vùng xa)',
  ),

  // ---- Tố cáo (DOMAIN.md §3.1)
  {
    id: 'denunciation.acceptance',
    kind: 'denunciation',
    procedure: null,
    step: 'acceptance',
    variant: 'normal',
    amount: 7,
    unit: 'working_days',
    validFrom: null,
    validTo: null,
    legalRef: 'Luật Tố cáo 2018 Điều 24(1)',
  },
  {
    id: 'denunciation.acceptance.needs_checking',
    kind: 'denunciation',
    procedure: null,
    step: 'acceptance',
    variant: 'needs_checking',
    amount: 10,
    unit: 'working_days',
    validFrom: null,
    validTo: null,
    legalRef: 'Luật Tố cáo 2018 Điều 24(1) (xác minh ở nhiều nơi hoặc ủy quyền)',
  },
  {
    id: 'denunciation.resolution',
    kind: 'denunciation',
    procedure: null,
    step: 'resolution',
    variant: 'normal',
    amount: 30,
    unit: 'calendar_days',
    validFrom: null,
    validTo: null,
    legalRef: 'Luật Tố cáo 2018 Điều 30(1)',
  },
  {
    id: 'denunciation.extension.complex',
    kind: 'denunciation',
    procedure: null,
    step: 'extension',
    variant: 'complex',
    amount: 30,
    unit: 'calendar_days',
    validFrom: null,
    validTo: null,
    legalRef: 'Luật Tố cáo 2018 Điều 30(2)',
    maxExtensions: 1,
  },
  {
    id: 'denunciation.extension.especially_complex',
    kind: 'denunciation',
    procedure: null,
    step: 'extension',
    variant: 'especially_complex',
    amount: 30,
    unit: 'calendar_days',
    validFrom: null,
    validTo: null,
    legalRef: 'Luật Tố cáo 2018 Điều 30(3)',
    maxExtensions: 2,
  },

  // ---- Phản ánh, kiến nghị, yêu cầu (DOMAIN.md §4, §5, §12.4)
  {
    id: 'petition.reply',
    kind: 'petition',
    procedure: null,
    step: 'reply',
    variant: 'normal',
    amount: 10,
    unit: 'working_days',
    validFrom: null,
    validTo: null,
    legalRef: 'Luật Tiếp công dân 2013 Điều 28(1)',
  },
  {
    id: 'petition.resolution',
    kind: 'petition',
    procedure: null,
    step: 'resolution',
    variant: 'normal',
    amount: DEFAULT_PETITION_RESOLUTION_WORKING_DAYS,
    unit: 'working_days',
    validFrom: null,
    validTo: null,
    legalRef: 'Quy chế nội bộ (mặc định 15 ngày làm việc; Luật Tiếp công dân 2013 Điều 26(2))',
  },

  // ---- Hộ tịch (DOMAIN.md §6): counted from receipt of a complete dossier
  onReceipt('civil_status', null, 'same_day', 0, 'Luật Hộ tịch 2014 Điều 5(3)'),
  onReceipt('civil_status', 'birth', 'same_day', 0, 'Luật Hộ tịch 2014 Điều 16(2)'),
  onReceipt('civil_status', 'marriage', 'same_day', 0, 'Luật Hộ tịch 2014 Điều 18(2)'),
  onReceipt('civil_status', 'death', 'same_day', 0, 'Luật Hộ tịch 2014 Điều 34(2)'),
  onReceipt('civil_status', 'extract_copy', 'same_day', 0, 'Luật Hộ tịch 2014 Điều 64(2)'),
  onReceipt('civil_status', 'guardianship', 'working_days', 3, 'Luật Hộ tịch 2014 Điều 20'),
  onReceipt('civil_status', 'parentage', 'working_days', 3, 'Luật Hộ tịch 2014 Điều 25(2)'),
  onReceipt('civil_status', 'change_correction', 'working_days', 3, 'Luật Hộ tịch 2014 Điều 28(2)'),
  onReceipt('civil_status', 'marital_status_confirmation', 'working_days', 3, 'NĐ 123/2015/NĐ-CP Điều 22'),
  onReceipt('civil_status', 're_registration', 'working_days', 5, 'NĐ 123/2015/NĐ-CP Điều 26-28'),
  // Marriage: "≤05 ngày làm việc in total" when the conditions need checking. The base limit is the same
  // day (0 working days), so the whole allowance is one extension of at most 5 working days from receipt.
  checkingExtension('civil_status', 'marriage', 5, 'Luật Hộ tịch 2014 Điều 18(2)'),
  checkingExtension('civil_status', 'parentage', 5, 'Luật Hộ tịch 2014 Điều 25(2)'),
  checkingExtension('civil_status', 'change_correction', 3, 'Luật Hộ tịch 2014 Điều 28(2)'),

  // ---- Chứng thực (DOMAIN.md §7): NĐ 23/2015 as amended by NĐ 07/2025 (no change to the limits)
  onReceipt('certification', null, 'same_day', 0, 'NĐ 23/2015/NĐ-CP Điều 7'),
  onReceipt('certification', 'copy_from_original', 'same_day', 0, 'NĐ 23/2015/NĐ-CP Điều 7, 21'),
  onReceipt('certification', 'copy_from_master_register', 'same_day', 0, 'NĐ 23/2015/NĐ-CP Điều 7, 17(4)'),
  onReceipt('certification', 'signature', 'same_day', 0, 'NĐ 23/2015/NĐ-CP Điều 7'),
  onReceipt('certification', 'translator_signature', 'same_day', 0, 'NĐ 23/2015/NĐ-CP Điều 7, 33'),
  onReceipt('certification', 'contract', 'working_days', 2, 'NĐ 23/2015/NĐ-CP Điều 37'),
  checkingExtension('certification', 'copy_from_original', 2, 'NĐ 23/2015/NĐ-CP Điều 21'),
] satisfies DeadlineRule[]);

function complaintResolution(
  procedure: ComplaintProcedure,
  legalRef: string,
  amounts: Record<'normal' | 'complex' | 'remote' | 'remote_complex', number>,
): DeadlineRule[] {
  return (['normal', 'complex', 'remote', 'remote_complex'] as const).map((variant) => ({
    id: `complaint.resolution.${procedure}.${variant}`,
    kind: 'complaint',
    procedure,
    step: 'resolution',
    variant,
    amount: amounts[variant],
    unit: 'calendar_days',
    validFrom: null,
    validTo: null,
    legalRef,
  }));
}

function complaintExtension(
  procedure: ComplaintProcedure,
  variant: 'normal' | 'remote',
  amount: number,
  legalRef: string,
): DeadlineRule {
  return {
    id: `complaint.extension.${procedure}.${variant}`,
    kind: 'complaint',
    procedure,
    step: 'extension',
    variant,
    amount,
    unit: 'calendar_days',
    validFrom: null,
    validTo: null,
    legalRef: `${legalRef}; xác định phức tạp sau thụ lý (DOMAIN.md 12.3)`,
    maxExtensions: 1,
  };
}

/** The resolution rule of an administrative procedure, counted from receipt. */
function onReceipt<K extends 'civil_status' | 'certification'>(
  kind: K,
  procedure: (K extends 'civil_status' ? CivilStatusProcedure : CertificationProcedure) | null,
  unit: DeadlineUnit,
  amount: number,
  legalRef: string,
): DeadlineRule {
  return {
    id: `${kind}.resolution.${procedure ?? 'default'}`,
    kind,
    procedure,
    step: 'resolution',
    variant: 'normal',
    amount,
    unit,
    validFrom: null,
    validTo: null,
    legalRef,
  };
}

function checkingExtension(
  kind: 'civil_status' | 'certification',
  procedure: CivilStatusProcedure | CertificationProcedure,
  amount: number,
  legalRef: string,
): DeadlineRule {
  return {
    id: `${kind}.extension.${procedure}`,
    kind,
    procedure,
    step: 'extension',
    variant: 'needs_checking',
    amount,
    unit: 'working_days',
    validFrom: null,
    validTo: null,
    legalRef,
    maxExtensions: 1,
  };
}

// ---- look-up
