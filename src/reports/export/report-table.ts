/** A report laid out for a file: a title, the lines that say which period and unit, and one table. */
export type Cell = string | number | null;

export interface ReportTable {
  title: string;
  /** Base of the file name, ASCII (`bao-cao-giai-quyet-2023-01-01-2023-12-31`). */
  fileName: string;
  sheetName: string;
  /** Lines under the title: `[label, value]` (`Kỳ báo cáo`, `từ ngày 01/01/2023 đến ngày 31/12/2023`). */
  meta: [string, string][];
  columns: { header: string; width: number }[];
  rows: Cell[][];
}

export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}
