import type { ReportKind } from './sentence';
import type { Bucket } from './queries';

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  complaint_denunciation: 'Cộng khiếu nại, tố cáo',
  petition: 'Phản ánh, kiến nghị, yêu cầu',
  civil_status: 'Đăng ký hộ tịch',
  certification: 'Chứng thực',
};

export const BUCKET_LABELS: Record<Bucket, string> = {
  carried_over: 'Kỳ trước chuyển sang',
  accepted: 'Thụ lý mới',
  total: 'Tổng số',
  resolved: 'Đã giải quyết',
  withdrawn: 'Rút đơn',
  terminated: 'Đình chỉ',
  resolved_on_time: 'Đúng hạn',
  pending: 'Đang giải quyết',
  overdue: 'Quá hạn',
};
