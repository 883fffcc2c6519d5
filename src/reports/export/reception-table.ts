import {
  RECEPTION_CATEGORIES,
  RECEPTION_OUTCOMES,
  type ReceptionFigures,
} from '../domain/reception-figures.js';
import type { ReceptionReport } from '../reports.types.js';
import type { Cell, ReportTable } from './report-table.js';
import { periodText, unitText } from './resolution-tables.js';

export const CATEGORY_LABELS: Record<(typeof RECEPTION_CATEGORIES)[number], string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  petition: 'Phản ánh, kiến nghị',
  mixed: 'Nhiều nội dung',
  other: 'Khác',
};

export const OUTCOME_LABELS: Record<(typeof RECEPTION_OUTCOMES)[number], string> = {
  guided: 'Hướng dẫn, giải thích',
  case_opened: 'Tiếp nhận đơn, mở hồ sơ',
  transferred: 'Chuyển đơn đến cơ quan có thẩm quyền',
  answered: 'Trả lời trực tiếp',
  refused: 'Từ chối tiếp',
};

const FIGURE_LABELS: [Exclude<keyof ReceptionFigures, 'byCategory' | 'byOutcome'>, string][] = [
  ['visits', 'Số lượt tiếp'],
  ['visitors', 'Số người được tiếp'],
  ['groupVisits', 'Số đoàn đông người (từ 5 người)'],
  ['groupVisitors', 'Số người trong các đoàn đông người'],
  ['leaderVisits', 'Số lượt thủ trưởng tiếp (định kỳ, đột xuất)'],
  ['delegatedVisits', 'Trong đó: ủy quyền tiếp'],
  ['leaderDays', 'Số ngày thủ trưởng trực tiếp tiếp công dân'],
  ['firstVisits', 'Tiếp lần đầu'],
  ['repeatVisits', 'Tiếp nhiều lần'],
];

const NOTE =
  'Đoàn đông người: từ 5 người trở lên. Số ngày thủ trưởng tiếp: số cặp (lãnh đạo, ngày) có ít nhất một ' +
  'lượt lãnh đạo trực tiếp tiếp, không tính lượt ủy quyền. Báo cáo không chứa họ tên, số giấy tờ của công dân.';

export function receptionTable(report: ReceptionReport): ReportTable {
  const rows: Cell[][] = [
    ...FIGURE_LABELS.map(([key, label]): Cell[] => ['Chung', label, report[key]]),
    ...RECEPTION_CATEGORIES.map((c): Cell[] => ['Phân loại', CATEGORY_LABELS[c], report.byCategory[c]]),
    ...RECEPTION_OUTCOMES.map((o): Cell[] => ['Kết quả tiếp', OUTCOME_LABELS[o], report.byOutcome[o]]),
  ];
  return {
    title: 'BÁO CÁO KẾT QUẢ TIẾP CÔNG DÂN',
    fileName: `bao-cao-tiep-cong-dan-${report.from}-${report.to}`,
    sheetName: 'Tiếp công dân',
    meta: [
      ['Kỳ báo cáo', periodText(report.from, report.to)],
      ['Đơn vị', unitText(report.unit)],
      ['Ghi chú', NOTE],
    ],
    columns: [
      { header: 'Nhóm', width: 14 },
      { header: 'Chỉ tiêu', width: 48 },
      { header: 'Số lượng', width: 12 },
    ],
    rows,
  };
}
