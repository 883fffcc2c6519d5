// The Vietnamese names of the case page: actions (UI.md), outcomes, complexity, timeline events.
import type { Schemas } from '../../api/client';

export type CaseAction = Schemas['CaseDetailResponse']['allowedActions'][number];
export type CaseOutcome = Schemas['CaseOutcome'];
export type Complexity = Schemas['CaseDetailResponse']['complexity'];

/** In the order the buttons appear. */
export const ACTION_LABELS: Record<CaseAction, string> = {
  accept: 'Thụ lý',
  assign: 'Phân công',
  extend: 'Gia hạn',
  suspend: 'Tạm đình chỉ',
  resume: 'Tiếp tục giải quyết',
  resolve: 'Kết thúc giải quyết',
  reject: 'Không thụ lý',
  transfer: 'Chuyển đơn',
  withdraw: 'Rút đơn',
  terminate: 'Đình chỉ',
};

export const CASE_OUTCOME_LABELS: Record<CaseOutcome, string> = {
  upheld: 'Đúng',
  partly_upheld: 'Đúng một phần',
  not_upheld: 'Sai',
  first_decision_upheld: 'Giữ nguyên quyết định lần đầu',
  first_decision_overturned: 'Sửa, hủy quyết định lần đầu',
  answered: 'Đã trả lời',
  completed: 'Đã giải quyết (cấp kết quả)',
  refused: 'Từ chối',
};

export const COMPLEXITY_LABELS: Record<Complexity, string> = {
  normal: 'Bình thường',
  complex: 'Phức tạp',
  especially_complex: 'Đặc biệt phức tạp',
};

/** The outcomes the API accepts for a case (API.md, "Outcomes"). */
export function outcomesOf(kind: Schemas['CaseKind'], procedure: string | null): CaseOutcome[] {
  switch (kind) {
    case 'complaint':
      return procedure === 'second_instance'
        ? ['first_decision_upheld', 'first_decision_overturned']
        : ['upheld', 'partly_upheld', 'not_upheld'];
    case 'denunciation':
      return ['upheld', 'partly_upheld', 'not_upheld'];
    case 'petition':
      return ['answered'];
    default:
      return ['completed', 'refused'];
  }
}

const EVENT_LABELS: Record<string, string> = {
  intake: 'Tiếp nhận hồ sơ',
  received: 'Tiếp nhận hồ sơ',
  note: 'Ghi chú nội bộ',
  details_corrected: 'Sửa thông tin hồ sơ',
  deadline_recomputed: 'Tính lại thời hạn',
};

export function eventLabel(type: string): string {
  return EVENT_LABELS[type] ?? ACTION_LABELS[type as CaseAction] ?? type;
}

export const DAY_UNIT_LABELS: Record<string, string> = {
  calendar_days: 'ngày',
  working_days: 'ngày làm việc',
  same_day: 'trong ngày',
};
