import type { Cell, ExportFile, ReportTable } from './report-table.js';

const BOM = '\uFEFF';

/**
 * Text a spreadsheet would evaluate as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return before one)
 * gets a leading `'`: quoting alone does not stop Excel or LibreOffice from running `=HYPERLINK(...)`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: Cell): string {
  if (value === null) {
    return '';
  }
  if (typeof value === 'number') {
    // A plain number: digits and a dot, whatever the reader's locale (the vi-VN text is in its own column).
    return String(value);
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(cells: Cell[]): string {
  return cells.map(field).join(',');
}

/** CSV (RFC 4180) in UTF-8 with a BOM, so that spreadsheet programs show Vietnamese correctly. */
export function toCsv(table: ReportTable): ExportFile {
  const lines = [
    line([table.title]),
    ...table.meta.map(([label, value]) => line([label, value])),
    '',
    line(table.columns.map((c) => c.header)),
    ...table.rows.map(line),
  ];
  return {
    body: Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8'),
    contentType: 'text/csv; charset=utf-8',
    fileName: `${table.fileName}.csv`,
  };
}
