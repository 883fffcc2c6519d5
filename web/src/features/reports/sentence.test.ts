import { describe, expect, it } from 'vitest';
import { leadersSentence, type ReportKind, type ResolutionRow } from './sentence';

function row(kind: ReportKind, resolved: number, total: number, rateText: string | null, onTime = resolved) {
  return {
    kind,
    accepted: null,
    carriedOver: null,
    total,
    resolved,
    withdrawn: 0,
    terminated: 0,
    pending: total - resolved,
    overdue: 0,
    resolvedOnTime: onTime,
    rate: null,
    rateText,
  } satisfies ResolutionRow;
}

describe('leadersSentence', () => {
  it('words the report as the city review does, thousands grouped the Vietnamese way', () => {
    const rows = [
      row('complaint', 22, 23, '95,65%'),
      row('denunciation', 16, 16, '100%'),
      row('petition', 245, 269, '91,08%'),
      row('complaint_denunciation', 38, 39, '97,44%'),
      row('civil_status', 410, 410, '100%'),
      row('certification', 3200, 3200, '100%', 3200),
    ];
    expect(leadersSentence(rows)).toBe(
      'Giải quyết khiếu nại 22/23 vụ đạt 95,65%; tố cáo 16/16 vụ đạt 100% ' +
        '(tổng tỷ lệ giải quyết khiếu nại, tố cáo 38/39 vụ, đạt 97,44%); ' +
        'phản ánh, kiến nghị, yêu cầu 245/269 vụ đạt 91,08%. ' +
        'Giải quyết đúng và trước thời hạn 410/410 trường hợp đăng ký hộ tịch và ' +
        '3.200/3.200 trường hợp chứng thực.',
    );
  });

  it('counts on-time requests for hộ tịch and chứng thực, and claims no rate where nothing was due', () => {
    const rows = [
      row('complaint', 0, 0, null),
      row('denunciation', 1, 2, '50%'),
      row('civil_status', 9, 10, '80%', 8),
    ];
    expect(leadersSentence(rows)).toBe(
      'Giải quyết khiếu nại 0/0 vụ; tố cáo 1/2 vụ đạt 50% ' +
        '(tổng tỷ lệ giải quyết khiếu nại, tố cáo 0/0 vụ); ' +
        'phản ánh, kiến nghị, yêu cầu 0/0 vụ. ' +
        'Giải quyết đúng và trước thời hạn 8/10 trường hợp đăng ký hộ tịch và 0/0 trường hợp chứng thực.',
    );
  });
});
