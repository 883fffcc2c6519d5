import { StreamableFile } from '@nestjs/common';
import type { ReportFormat } from '../dto/report-queries.dto.js';
import { toCsv } from './csv-export.js';
import type { ReportTable } from './report-table.js';
import { toXlsx } from './xlsx-export.js';

/** The report as JSON, or laid out by `layout` as a CSV or XLSX attachment. */
export async function reportOutput<T>(
  report: T,
  format: ReportFormat | undefined,
  layout: (report: T) => ReportTable,
): Promise<T | StreamableFile> {
  if (format === undefined || format === 'json') {
    return report;
  }
  const file = format === 'csv' ? toCsv(layout(report)) : await toXlsx(layout(report));
  return new StreamableFile(file.body, {
    type: file.contentType,
    disposition: `attachment; filename="${file.fileName}"`,
    length: file.body.length,
  });
}
