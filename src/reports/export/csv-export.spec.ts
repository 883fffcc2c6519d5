import { toCsv } from './csv-export.js';
import type { Cell, ReportTable } from './report-table.js';

function csvOf(cells: Cell[]): string {
  const table: ReportTable = {
    title: 'T',
    fileName: 'f',
    sheetName: 's',
    meta: [],
    columns: cells.map((_, i) => ({ header: `c${i}`, width: 10 })),
    rows: [cells],
  };
  const lines = toCsv(table).body.toString('utf8').split('\r\n');
  return lines[lines.length - 2];
}

describe('CSV export', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('neutralises a cell that a spreadsheet would evaluate: %j', (cell, expected) => {
    expect(csvOf([cell])).toBe(expected);
  });

  it('leaves ordinary text and numbers as they are', () => {
    expect(csvOf(['Nguyễn Văn An', 'a, b', -3, 95.65, null])).toBe('Nguyễn Văn An,"a, b",-3,95.65,');
  });
});
