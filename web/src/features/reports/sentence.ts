// The sentence leaders read out, composed from the resolution report's rows in the words of the city's own
// annual review (city-report-2023, section d): "Giải quyết khiếu nại 22/23 vụ đạt 95,65%; tố cáo 16/16 vụ đạt
// 100% (tổng tỷ lệ giải quyết khiếu nại, tố cáo 36/39 vụ, đạt 92,3%); phản ánh, kiến nghị, yêu cầu 245/269 vụ
// đạt 91,1%. Giải quyết đúng và trước thời hạn 410/410 trường hợp đăng ký hộ tịch và 3.200/3.200 trường hợp
// chứng thực."
import type { Schemas } from '../../api/client';

export type ResolutionRow = Schemas['ResolutionRowDto'];
export type ReportKind = ResolutionRow['kind'];

const count = new Intl.NumberFormat('vi-VN');

/** `22/23 vụ đạt 95,65%`; with nothing to resolve, `0/0 vụ` (no rate to claim). */
function ratio(done: number, total: number, unit: string, rateText: string | null): string {
  const base = `${count.format(done)}/${count.format(total)} ${unit}`;
  return total > 0 && rateText ? `${base} đạt ${rateText}` : base;
}

/** The rows of a report by kind; a missing kind counts as zero. */
function byKind(rows: ResolutionRow[]): (kind: ReportKind) => ResolutionRow {
  return (kind) =>
    rows.find((r) => r.kind === kind) ?? {
      kind,
      accepted: 0,
      carriedOver: 0,
      total: 0,
      resolved: 0,
      withdrawn: 0,
      terminated: 0,
      pending: 0,
      overdue: 0,
      resolvedOnTime: 0,
      rate: null,
      rateText: null,
    };
}

export function leadersSentence(rows: ResolutionRow[]): string {
  const row = byKind(rows);
  const resolved = (kind: ReportKind) => {
    const r = row(kind);
    return ratio(r.resolved, r.total, 'vụ', r.rateText);
  };
  const sum = row('complaint_denunciation');
  const civil = row('civil_status');
  const certification = row('certification');
  const sumText =
    sum.total > 0 && sum.rateText
      ? `${count.format(sum.resolved)}/${count.format(sum.total)} vụ, đạt ${sum.rateText}`
      : `${count.format(sum.resolved)}/${count.format(sum.total)} vụ`;
  return (
    `Giải quyết khiếu nại ${resolved('complaint')}; tố cáo ${resolved('denunciation')} ` +
    `(tổng tỷ lệ giải quyết khiếu nại, tố cáo ${sumText}); ` +
    `phản ánh, kiến nghị, yêu cầu ${resolved('petition')}. ` +
    `Giải quyết đúng và trước thời hạn ${count.format(civil.resolvedOnTime)}/${count.format(civil.total)} ` +
    `trường hợp đăng ký hộ tịch và ${count.format(certification.resolvedOnTime)}/` +
    `${count.format(certification.total)} trường hợp chứng thực.`
  );
}
