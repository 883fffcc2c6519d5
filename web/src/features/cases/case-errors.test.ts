import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { actionErrorSentence } from './case-errors';

describe('actionErrorSentence', () => {
  it("says a 422's legal reason in Vietnamese", () => {
    const past = new ApiError(422, [
      'An extension of 31 calendar_days exceeds the legal maximum of 30 calendar_days',
    ]);
    expect(actionErrorSentence(past)).toBe(
      'Quy định pháp luật không cho phép: Số ngày gia hạn vượt quá mức tối đa pháp luật cho phép (30 ngày).',
    );
    const count = new ApiError(422, [
      'This case has already been extended 2 time(s); the law allows at most 2',
    ]);
    expect(actionErrorSentence(count)).toContain('đã được gia hạn 2 lần');
    const anonymous = new ApiError(422, [
      'An anonymous denunciation cannot be accepted (Luật Tố cáo Art. 25); reject it or transfer it for inspection',
    ]);
    expect(actionErrorSentence(anonymous)).toContain('Không thụ lý tố cáo nặc danh');
  });

  it('keeps an unknown refusal readable and leaves other statuses to the common sentences', () => {
    expect(actionErrorSentence(new ApiError(422, ['Something new']))).toBe(
      'Quy định pháp luật không cho phép: Something new',
    );
    expect(actionErrorSentence(new ApiError(403, []))).toBe('Bạn không có quyền thực hiện thao tác này.');
  });
});
