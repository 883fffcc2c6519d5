import { KIND_LABELS as CASE_KIND_LABELS } from '../../cases/domain/case-kind.js';
import type { ReportKind, ResolutionRow } from '../domain/resolution-rows.js';
import type {
  MonthlyResolutionReport,
  ReportUnit,
  ResolutionCasesPage,
  ResolutionReport,
} from '../reports.types.js';
import type { Cell, ReportTable } from './report-table.js';

export const KIND_LABELS: Record<ReportKind, string> = {
  ...CASE_KIND_LABELS,
  complaint_denunciation: 'Khiếu nại, tố cáo',
};

const ROW_COLUMNS = [
  { header: 'Lĩnh vực', width: 22 },
  { header: 'Kỳ trước chuyển sang', width: 12 },
  { header: 'Thụ lý trong kỳ', width: 12 },
  { header: 'Tổng số phải giải quyết', width: 12 },
  { header: 'Đã giải quyết', width: 12 },
  { header: 'Trong đó: rút đơn', width: 12 },
  { header: 'Trong đó: đình chỉ', width: 12 },
  { header: 'Chưa giải quyết', width: 12 },
  { header: 'Quá hạn', width: 10 },
  { header: 'Giải quyết đúng hạn', width: 12 },
  { header: 'Tỷ lệ (%)', width: 10 },
  { header: 'Tỷ lệ', width: 10 },
];

/** `2023-12-31` -> `31/12/2023` (DOMAIN.md 10). */
export function viDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

export function periodText(from: string, to: string): string {
  return `từ ngày ${viDate(from)} đến ngày ${viDate(to)}`;
}

export function unitText(unit: ReportUnit | null): string {
  return unit ? `${unit.name} (${unit.code}) và các đơn vị trực thuộc` : 'Toàn bộ các đơn vị';
}

export function reconciliationText(ok: boolean, failures: number): string {
  return ok ? 'Khớp' : `Không khớp (${failures} lỗi)`;
}

function rowCells(r: ResolutionRow): Cell[] {
  return [
    KIND_LABELS[r.kind],
    r.carriedOver,
    r.accepted,
    r.total,
    r.resolved,
    r.withdrawn,
    r.terminated,
    r.pending,
    r.overdue,
    r.resolvedOnTime,
    r.rate,
    r.rateText,
  ];
}

const NOTE =
  'Khiếu nại, tố cáo, phản ánh kiến nghị: tỷ lệ = đã giải quyết / tổng số phải giải quyết; ' +
  'hộ tịch, chứng thực: tổng số = hồ sơ đã giải quyết trong kỳ, tỷ lệ = đúng hạn / tổng số.';

export function resolutionTable(report: ResolutionReport): ReportTable {
  return {
    title: 'BÁO CÁO KẾT QUẢ GIẢI QUYẾT ĐƠN, HỒ SƠ',
    fileName: `bao-cao-giai-quyet-${report.from}-${report.to}`,
    sheetName: 'Giải quyết',
    meta: [
      ['Kỳ báo cáo', periodText(report.from, report.to)],
      ['Đơn vị', unitText(report.unit)],
      [
        'Đối chiếu số liệu',
        reconciliationText(report.reconciliation.ok, report.reconciliation.failures.length),
      ],
      ['Ghi chú', NOTE],
    ],
    columns: ROW_COLUMNS,
    rows: report.rows.map(rowCells),
  };
}

export function monthlyTable(report: MonthlyResolutionReport): ReportTable {
  const scheme = report.periods === 'official' ? 'kỳ báo cáo chính thức' : 'tháng dương lịch';
  return {
    title: `BÁO CÁO KẾT QUẢ GIẢI QUYẾT ĐƠN, HỒ SƠ THEO THÁNG NĂM ${report.year}`,
    fileName: `bao-cao-giai-quyet-theo-thang-${report.year}-${report.periods}`,
    sheetName: `Năm ${report.year}`,
    meta: [
      ['Kỳ báo cáo', `${periodText(report.total.from, report.total.to)} (${scheme})`],
      ['Đơn vị', unitText(report.unit)],
      [
        'Đối chiếu số liệu',
        reconciliationText(report.reconciliation.ok, report.reconciliation.failures.length),
      ],
      ['Ghi chú', NOTE],
    ],
    columns: [
      { header: 'Kỳ', width: 10 },
      { header: 'Từ ngày', width: 12 },
      { header: 'Đến ngày', width: 12 },
      ...ROW_COLUMNS,
    ],
    rows: [
      ...report.months.flatMap((m) =>
        m.rows.map((r) => [`Tháng ${m.month}`, viDate(m.from), viDate(m.to), ...rowCells(r)]),
      ),
      ...report.total.rows.map((r) => [
        'Cả năm',
        viDate(report.total.from),
        viDate(report.total.to),
        ...rowCells(r),
      ]),
    ],
  };
}

const BUCKET_LABELS: Record<ResolutionCasesPage['bucket'], string> = {
  carried_over: 'Kỳ trước chuyển sang',
  accepted: 'Thụ lý trong kỳ',
  total: 'Tổng số phải giải quyết',
  resolved: 'Đã giải quyết',
  withdrawn: 'Rút đơn',
  terminated: 'Đình chỉ',
  resolved_on_time: 'Giải quyết đúng hạn',
  pending: 'Chưa giải quyết',
  overdue: 'Quá hạn',
};

export function casesTable(page: ResolutionCasesPage): ReportTable {
  return {
    title: `DANH SÁCH VỤ VIỆC: ${KIND_LABELS[page.kind].toUpperCase()} - ${BUCKET_LABELS[page.bucket].toUpperCase()}`,
    fileName: `danh-sach-${page.kind}-${page.bucket}-${page.from}-${page.to}`,
    sheetName: 'Danh sách',
    meta: [
      ['Kỳ báo cáo', periodText(page.from, page.to)],
      ['Đơn vị', unitText(page.unit)],
      ['Số vụ việc', String(page.total)],
      ['Trang', `${page.page} (${page.limit} dòng một trang)`],
    ],
    columns: [
      { header: 'Mã hồ sơ', width: 18 },
      { header: 'Lĩnh vực', width: 18 },
      { header: 'Trạng thái', width: 14 },
      { header: 'Ngày tiếp nhận', width: 22 },
      { header: 'Ngày thụ lý', width: 22 },
      { header: 'Ngày giải quyết', width: 22 },
      { header: 'Hạn giải quyết', width: 14 },
      { header: 'Đúng hạn', width: 10 },
    ],
    rows: page.items.map((c) => [
      c.code,
      KIND_LABELS[c.kind],
      c.status,
      c.receivedAt,
      c.acceptedAt,
      c.resolvedAt,
      c.dueDate ? viDate(c.dueDate) : null,
      c.onTime === null ? null : c.onTime ? 'Có' : 'Không',
    ]),
  };
}
