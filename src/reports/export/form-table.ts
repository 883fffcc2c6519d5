import type { FormReport } from '../reports.types.js';
import type { ReportTable } from './report-table.js';
import { periodText, reconciliationText, unitText } from './resolution-tables.js';

/**
 * An official form as the province receives it: one row for the unit (with its sub-units), one column per
 * column of the form, headed `(n) group: label`; the columns without data are empty cells.
 */
export function formTable(report: FormReport): ReportTable {
  return {
    title: `BIỂU SỐ ${report.code}: ${report.title}`,
    fileName: `bieu-${report.form}-${report.from}-${report.to}`,
    sheetName: `Biểu ${report.code.replace('/', '-')}`,
    meta: [
      ['Kỳ báo cáo', periodText(report.from, report.to)],
      ['Đơn vị', unitText(report.unit)],
      [
        'Đối chiếu số liệu',
        reconciliationText(report.reconciliation.ok, report.reconciliation.failures.length),
      ],
      ...report.notes.map((note): [string, string] => ['Ghi chú', note]),
    ],
    columns: [
      { header: 'Đơn vị', width: 30 },
      ...report.columns.map((c) => ({ header: `(${c.no}) ${c.group}: ${c.label}`, width: 14 })),
    ],
    rows: [[report.unit?.name ?? 'Toàn bộ các đơn vị', ...report.columns.map((c) => c.value)]],
  };
}
