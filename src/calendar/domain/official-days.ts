import { type CalendarEntry, WorkingCalendar } from './working-calendar.js';

/** A seeded official calendar row, with the notice (or news source) it was taken from (DOMAIN.md §9). */
export interface OfficialDay extends CalendarEntry {
  notice: string;
}

/** Years whose official calendar is complete and confirmed (DOMAIN.md §12.6). 2026 stays provisional. */
export const CONFIRMED_YEARS: readonly number[] = Object.freeze([2023, 2024, 2025]);

const VN_2023 = 'vietnamnet.vn "19 ngày nghỉ lễ tết 2023"';
const CV_8056 = 'CV 8056/VPCP-KGVX, 01/12/2022';
const VN_TODAY_2023 = 'vietnamnet.vn, todaycnews';
const NMO_2023 = 'ngaymoionline.com.vn';
const BLLD_FIXED = 'BLLĐ 2019 Điều 112 (ngày cố định)';
const LDTBXH_2024 = 'Thông báo Bộ LĐTBXH (sucsongtre.vn)';
const XDCS_2024 = 'xaydungchinhsach.chinhphu.vn';
const CV_2450 = 'CV 2450/VPCP-KGVX, 12/4/2024';
const SST_2024 = 'sucsongtre.vn';
const TAL_2025 = 'tet-amlich.com, home.vn';
const XSBD_2025 = 'xosobinhdinh, tet-amlich.com';
const CAND_2026 = 'congan.com.vn';
const BLLD_2026 = 'BLLĐ 2019 Điều 112 (ngày cố định; chưa có thông báo chính thức, năm tạm tính)';

const TET_DL = 'Tết Dương lịch';
const CHIEN_THANG = 'Ngày Chiến thắng';
const LAO_DONG = 'Ngày Quốc tế lao động';
const LE_30_4 = 'Nghỉ lễ 30/4 - 1/5';
const GIO_TO = 'Giỗ Tổ Hùng Vương';
const QUOC_KHANH = 'Quốc khánh';

/**
 * Official days off and make-up working days for public servants, one row per date (DOMAIN.md §9, §12.6).
 * Every date of an announced range is listed, weekend days included, so the data reads like the notices.
 * 2023-2025 are complete. 2026 holds Tết (14-22/02) and the fixed-date holidays only; the extra Quốc khánh
 * day and any swap are not announced in the sources, and 24/11 (Ngày Văn hóa Việt Nam) is not confirmed as a
 * day off: both are left for an administrator to add.
 */
export const OFFICIAL_DAYS: readonly OfficialDay[] = Object.freeze([
  // 2023
  { date: '2022-12-31', type: 'day_off', name: TET_DL, notice: VN_2023 }, // Sat
  { date: '2023-01-01', type: 'day_off', name: TET_DL, notice: VN_2023 }, // Sun
  {
    date: '2023-01-02',
    type: 'day_off',
    name: 'Nghỉ bù Tết Dương lịch (01/01 là Chủ nhật)',
    notice: VN_2023,
  }, // Mon
  { date: '2023-01-20', type: 'day_off', name: 'Tết Nguyên đán Quý Mão', notice: CV_8056 }, // Fri
  { date: '2023-01-21', type: 'day_off', name: 'Tết Nguyên đán Quý Mão', notice: CV_8056 }, // Sat
  { date: '2023-01-22', type: 'day_off', name: 'Tết Nguyên đán Quý Mão', notice: CV_8056 }, // Sun
  { date: '2023-01-23', type: 'day_off', name: 'Tết Nguyên đán Quý Mão', notice: CV_8056 }, // Mon
  { date: '2023-01-24', type: 'day_off', name: 'Tết Nguyên đán Quý Mão', notice: CV_8056 }, // Tue
  { date: '2023-01-25', type: 'day_off', name: 'Tết Nguyên đán Quý Mão', notice: CV_8056 }, // Wed
  { date: '2023-01-26', type: 'day_off', name: 'Tết Nguyên đán Quý Mão', notice: CV_8056 }, // Thu
  { date: '2023-04-29', type: 'day_off', name: GIO_TO, notice: VN_TODAY_2023 }, // Sat
  { date: '2023-04-30', type: 'day_off', name: CHIEN_THANG, notice: VN_TODAY_2023 }, // Sun
  { date: '2023-05-01', type: 'day_off', name: LAO_DONG, notice: VN_TODAY_2023 }, // Mon
  {
    date: '2023-05-02',
    type: 'day_off',
    name: 'Nghỉ bù Giỗ Tổ Hùng Vương (29/4 là thứ Bảy)',
    notice: VN_TODAY_2023,
  }, // Tue
  {
    date: '2023-05-03',
    type: 'day_off',
    name: 'Nghỉ bù Ngày Chiến thắng (30/4 là Chủ nhật)',
    notice: VN_TODAY_2023,
  }, // Wed
  { date: '2023-09-01', type: 'day_off', name: QUOC_KHANH, notice: NMO_2023 }, // Fri
  { date: '2023-09-02', type: 'day_off', name: QUOC_KHANH, notice: NMO_2023 }, // Sat
  { date: '2023-09-03', type: 'day_off', name: QUOC_KHANH, notice: NMO_2023 }, // Sun
  { date: '2023-09-04', type: 'day_off', name: QUOC_KHANH, notice: NMO_2023 }, // Mon
  // 2024
  { date: '2024-01-01', type: 'day_off', name: TET_DL, notice: BLLD_FIXED }, // Mon
  { date: '2024-02-08', type: 'day_off', name: 'Tết Nguyên đán Giáp Thìn', notice: LDTBXH_2024 }, // Thu
  { date: '2024-02-09', type: 'day_off', name: 'Tết Nguyên đán Giáp Thìn', notice: LDTBXH_2024 }, // Fri
  { date: '2024-02-10', type: 'day_off', name: 'Tết Nguyên đán Giáp Thìn', notice: LDTBXH_2024 }, // Sat
  { date: '2024-02-11', type: 'day_off', name: 'Tết Nguyên đán Giáp Thìn', notice: LDTBXH_2024 }, // Sun
  { date: '2024-02-12', type: 'day_off', name: 'Tết Nguyên đán Giáp Thìn', notice: LDTBXH_2024 }, // Mon
  { date: '2024-02-13', type: 'day_off', name: 'Tết Nguyên đán Giáp Thìn', notice: LDTBXH_2024 }, // Tue
  { date: '2024-02-14', type: 'day_off', name: 'Tết Nguyên đán Giáp Thìn', notice: LDTBXH_2024 }, // Wed
  { date: '2024-04-18', type: 'day_off', name: GIO_TO, notice: XDCS_2024 }, // Thu
  { date: '2024-04-27', type: 'day_off', name: LE_30_4, notice: CV_2450 }, // Sat
  { date: '2024-04-28', type: 'day_off', name: LE_30_4, notice: CV_2450 }, // Sun
  { date: '2024-04-29', type: 'day_off', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5/2024)', notice: CV_2450 }, // Mon
  { date: '2024-04-30', type: 'day_off', name: CHIEN_THANG, notice: CV_2450 }, // Tue
  { date: '2024-05-01', type: 'day_off', name: LAO_DONG, notice: CV_2450 }, // Wed
  { date: '2024-05-04', type: 'working_day', name: 'Làm bù cho ngày 29/4/2024', notice: CV_2450 }, // Sat
  { date: '2024-08-31', type: 'day_off', name: QUOC_KHANH, notice: SST_2024 }, // Sat
  { date: '2024-09-01', type: 'day_off', name: QUOC_KHANH, notice: SST_2024 }, // Sun
  { date: '2024-09-02', type: 'day_off', name: QUOC_KHANH, notice: SST_2024 }, // Mon
  { date: '2024-09-03', type: 'day_off', name: QUOC_KHANH, notice: SST_2024 }, // Tue
  // 2025
  { date: '2025-01-01', type: 'day_off', name: TET_DL, notice: XSBD_2025 }, // Wed
  { date: '2025-01-25', type: 'day_off', name: 'Tết Nguyên đán Ất Tỵ', notice: TAL_2025 }, // Sat
  { date: '2025-01-26', type: 'day_off', name: 'Tết Nguyên đán Ất Tỵ', notice: TAL_2025 }, // Sun
  { date: '2025-01-27', type: 'day_off', name: 'Tết Nguyên đán Ất Tỵ', notice: TAL_2025 }, // Mon
  { date: '2025-01-28', type: 'day_off', name: 'Tết Nguyên đán Ất Tỵ', notice: TAL_2025 }, // Tue
  { date: '2025-01-29', type: 'day_off', name: 'Tết Nguyên đán Ất Tỵ', notice: TAL_2025 }, // Wed
  { date: '2025-01-30', type: 'day_off', name: 'Tết Nguyên đán Ất Tỵ', notice: TAL_2025 }, // Thu
  { date: '2025-01-31', type: 'day_off', name: 'Tết Nguyên đán Ất Tỵ', notice: TAL_2025 }, // Fri
  { date: '2025-02-01', type: 'day_off', name: 'Tết Nguyên đán Ất Tỵ', notice: TAL_2025 }, // Sat
  { date: '2025-02-02', type: 'day_off', name: 'Tết Nguyên đán Ất Tỵ', notice: TAL_2025 }, // Sun
  { date: '2025-04-05', type: 'day_off', name: GIO_TO, notice: TAL_2025 }, // Sat
  { date: '2025-04-06', type: 'day_off', name: GIO_TO, notice: TAL_2025 }, // Sun
  { date: '2025-04-07', type: 'day_off', name: GIO_TO, notice: TAL_2025 }, // Mon
  { date: '2025-04-26', type: 'working_day', name: 'Làm bù cho ngày 02/5/2025', notice: TAL_2025 }, // Sat
  { date: '2025-04-30', type: 'day_off', name: CHIEN_THANG, notice: TAL_2025 }, // Wed
  { date: '2025-05-01', type: 'day_off', name: LAO_DONG, notice: TAL_2025 }, // Thu
  { date: '2025-05-02', type: 'day_off', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', notice: TAL_2025 }, // Fri
  { date: '2025-05-03', type: 'day_off', name: LE_30_4, notice: TAL_2025 }, // Sat
  { date: '2025-05-04', type: 'day_off', name: LE_30_4, notice: TAL_2025 }, // Sun
  { date: '2025-08-30', type: 'day_off', name: QUOC_KHANH, notice: TAL_2025 }, // Sat
  { date: '2025-08-31', type: 'day_off', name: QUOC_KHANH, notice: TAL_2025 }, // Sun
  { date: '2025-09-01', type: 'day_off', name: QUOC_KHANH, notice: TAL_2025 }, // Mon
  { date: '2025-09-02', type: 'day_off', name: QUOC_KHANH, notice: TAL_2025 }, // Tue
  // 2026 (provisional)
  { date: '2026-01-01', type: 'day_off', name: TET_DL, notice: BLLD_2026 }, // Thu
  { date: '2026-02-14', type: 'day_off', name: 'Tết Nguyên đán Bính Ngọ', notice: CAND_2026 }, // Sat
  { date: '2026-02-15', type: 'day_off', name: 'Tết Nguyên đán Bính Ngọ', notice: CAND_2026 }, // Sun
  { date: '2026-02-16', type: 'day_off', name: 'Tết Nguyên đán Bính Ngọ', notice: CAND_2026 }, // Mon
  { date: '2026-02-17', type: 'day_off', name: 'Tết Nguyên đán Bính Ngọ', notice: CAND_2026 }, // Tue
  { date: '2026-02-18', type: 'day_off', name: 'Tết Nguyên đán Bính Ngọ', notice: CAND_2026 }, // Wed
  { date: '2026-02-19', type: 'day_off', name: 'Tết Nguyên đán Bính Ngọ', notice: CAND_2026 }, // Thu
  { date: '2026-02-20', type: 'day_off', name: 'Tết Nguyên đán Bính Ngọ', notice: CAND_2026 }, // Fri
  { date: '2026-02-21', type: 'day_off', name: 'Tết Nguyên đán Bính Ngọ', notice: CAND_2026 }, // Sat
  { date: '2026-02-22', type: 'day_off', name: 'Tết Nguyên đán Bính Ngọ', notice: CAND_2026 }, // Sun
  { date: '2026-04-26', type: 'day_off', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', notice: BLLD_2026 }, // Sun
  {
    date: '2026-04-27',
    type: 'day_off',
    name: 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)',
    notice: BLLD_2026,
  }, // Mon
  { date: '2026-04-30', type: 'day_off', name: CHIEN_THANG, notice: BLLD_2026 }, // Thu
  { date: '2026-05-01', type: 'day_off', name: LAO_DONG, notice: BLLD_2026 }, // Fri
  { date: '2026-09-02', type: 'day_off', name: QUOC_KHANH, notice: BLLD_2026 }, // Wed
] satisfies OfficialDay[]);

/** The last year seeded in `OFFICIAL_DAYS`. */
export const LAST_SEEDED_YEAR = 2026;

/**
 * The fixed-date public holidays of a year (BLLĐ 2019 Art. 112(1)): 01/01, 30/04, 01/05 and 02/09. A year
 * with no official notice yet starts with these, provisional (DOMAIN.md §12.6). The lunar holidays (Tết, Giỗ
 * Tổ), the extra Quốc khánh day, compensatory days and swaps come from the yearly notice: add them as data.
 */
export function fixedDateHolidays(year: number): OfficialDay[] {
  const notice = 'BLLĐ 2019 Điều 112(1) (ngày cố định; năm tạm tính)';
  const y = String(year).padStart(4, '0');
  return [
    { date: `${y}-01-01`, type: 'day_off', name: TET_DL, notice },
    { date: `${y}-04-30`, type: 'day_off', name: CHIEN_THANG, notice },
    { date: `${y}-05-01`, type: 'day_off', name: LAO_DONG, notice },
    { date: `${y}-09-02`, type: 'day_off', name: QUOC_KHANH, notice },
  ];
}

export interface OfficialCalendarOptions {
  /** Rows applied on top of the seed (for example the administrator's rows): a later row for a date wins. */
  overrides?: readonly CalendarEntry[];
  confirmedYears?: Iterable<number>;
  /** Add the fixed-date holidays of every year after the seed up to this year. Default 2100; 0 for none. */
  fixedHolidaysUntil?: number;
}

/**
 * The working calendar of the seeded official days, followed by the fixed-date holidays of the later years and
 * the `overrides`.
 */
export function buildOfficialCalendar(options: OfficialCalendarOptions = {}): WorkingCalendar {
  const later: OfficialDay[] = [];
  for (let year = LAST_SEEDED_YEAR + 1; year <= (options.fixedHolidaysUntil ?? 2100); year++) {
    later.push(...fixedDateHolidays(year));
  }
  return new WorkingCalendar([...OFFICIAL_DAYS, ...later, ...(options.overrides ?? [])], {
    confirmedYears: options.confirmedYears ?? CONFIRMED_YEARS,
  });
}
