// The API's legal refusals (422) are written in English for other systems; the screens say them in Vietnamese.
import { ApiError, errorSentence } from '../../api/errors';

const UNITS: Record<string, string> = { calendar_days: 'ngày', working_days: 'ngày làm việc' };

const LEGAL: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /exceeds the legal maximum of (\d+) (\w+)/,
    (m) => `Số ngày gia hạn vượt quá mức tối đa pháp luật cho phép (${m[1]} ${UNITS[m[2]] ?? 'ngày'}).`,
  ],
  [
    /already been extended (\d+) time\(s\); the law allows at most (\d+)/,
    (m) => `Hồ sơ đã được gia hạn ${m[1]} lần; pháp luật chỉ cho phép gia hạn tối đa ${m[2]} lần.`,
  ],
  [
    /An extension adds at most (\d+) (working days|days)/,
    (m) => `Mỗi lần gia hạn tối đa ${m[1]} ${m[2] === 'days' ? 'ngày' : 'ngày làm việc'} theo quy định.`,
  ],
  [/At most (\d+) extension/, (m) => `Pháp luật chỉ cho phép gia hạn tối đa ${m[1]} lần.`],
  [
    /allows no extension|may not be extended/,
    () => 'Pháp luật không cho phép gia hạn hồ sơ này (theo loại và mức độ phức tạp của vụ việc).',
  ],
  [
    /anonymous denunciation cannot be accepted/,
    () => 'Không thụ lý tố cáo nặc danh (Điều 25 Luật Tố cáo): chọn "Không thụ lý" hoặc "Chuyển đơn".',
  ],
  [
    /cannot be accepted without the applicant's identity/,
    () => 'Không thể thụ lý khi chưa rõ danh tính người gửi đơn.',
  ],
  [/anonymous case has no applicant who could withdraw/, () => 'Đơn nặc danh không có người gửi để rút đơn.'],
];

/** The sentence an action's failure shows: the legal reason of a 422 in Vietnamese. */
export function actionErrorSentence(error: unknown): string {
  if (error instanceof ApiError && error.status === 422) {
    const raw = error.messages.join('; ');
    for (const [pattern, say] of LEGAL) {
      const m = pattern.exec(raw);
      if (m) {
        return `Quy định pháp luật không cho phép: ${say(m)}`;
      }
    }
  }
  return errorSentence(error);
}

export const STALE_MESSAGE =
  'Hồ sơ đã được người khác cập nhật trong lúc bạn thao tác. Thông tin dưới đây là trạng thái mới nhất; vui lòng kiểm tra rồi thực hiện lại.';
