import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { adminErrors, adminErrorSentence } from './admin-errors';

describe('administration errors', () => {
  it("puts the 400 problems of the form's own fields under them and the others above", () => {
    const error = new ApiError(400, [
      'password must be longer than or equal to 8 characters',
      'unitId is required for the role inspector',
      'parentId: no unit 7d1c',
    ]);
    expect(adminErrors(error, ['password', 'unitId'])).toEqual({
      fields: {
        password: 'Mật khẩu có ít nhất 8 ký tự.',
        unitId: 'Chọn đơn vị (mọi vai trò trừ Quản trị đều thuộc một đơn vị).',
      },
      general: ['Đơn vị cấp trên không hợp lệ.'],
    });
  });

  it('puts a taken username or unit code under its field', () => {
    expect(adminErrors(new ApiError(409, ['The username canbo.moi is taken']), ['username'])).toEqual({
      fields: { username: 'Tên đăng nhập này đã có người dùng.' },
      general: [],
    });
    expect(adminErrors(new ApiError(409, ['A unit with code TP2 exists']), ['code']).fields).toEqual({
      code: 'Mã đơn vị này đã có.',
    });
  });

  it('puts a make-up day on a weekday under "Loại ngày"', () => {
    const error = new ApiError(400, [
      '2025-03-05 is a weekday: only a Saturday or Sunday can be a make-up working day',
    ]);
    expect(adminErrors(error, ['date', 'type', 'name'])).toEqual({
      fields: { type: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.' },
      general: [],
    });
    expect(adminErrorSentence(error)).toBe('Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.');
  });

  it("tells the refusals of a change in the users' table as a sentence", () => {
    expect(
      adminErrorSentence(
        new ApiError(409, ['The last active administrator may not be demoted or deactivated']),
      ),
    ).toBe('Không thể hạ vai trò hoặc khóa quản trị viên cuối cùng còn hoạt động.');
    expect(
      adminErrorSentence(
        new ApiError(403, [
          'An administrator may not change their own role or unit, nor deactivate themselves',
        ]),
      ),
    ).toBe('Quản trị viên không tự đổi vai trò, đơn vị hoặc tự khóa tài khoản của mình.');
    expect(adminErrorSentence(new ApiError(403, ['Forbidden resource']))).toBe(
      'Bạn không có quyền thực hiện thao tác này.',
    );
    expect(adminErrorSentence(new ApiError(404, ['No user 1']))).toBe('Không tìm thấy dữ liệu yêu cầu.');
    expect(adminErrorSentence(new TypeError('fetch failed'))).toMatch(/Không kết nối/);
  });
});
