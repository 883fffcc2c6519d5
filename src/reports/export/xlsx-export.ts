import type { ExportFile, ReportTable } from './report-table.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One worksheet: the title, the period and unit lines, then the table with numbers stored as numbers. */
export async function toXlsx(table: ReportTable): Promise<ExportFile> {
  // Loaded on the first export, not at start: exceljs costs a process about 28 MiB it would hold for nothing.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'citizen-cases';
  const sheet = workbook.addWorksheet(table.sheetName);
  sheet.addRow([table.title]).font = { bold: true, size: 14 };
  for (const [label, value] of table.meta) {
    sheet.addRow([label, value]);
  }
  sheet.addRow([]);
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  for (const row of table.rows) {
    sheet.addRow(row);
  }
  table.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { body, contentType: XLSX_CONTENT_TYPE, fileName: `${table.fileName}.xlsx` };
}
