import { describe, expect, it } from 'vitest';
import { ApiError, errorSentence, fieldErrors, translateMessage } from './errors';

describe('API errors in Vietnamese', () => {
  it('finds the field of a validation message and says it in Vietnamese', () => {
    expect(
      translateMessage('applicant.idNumber must be a 12-digit căn cước (province 001-096) or a 9-digit CMND'),
    ).toEqual({
      field: 'applicant.idNumber',
      message: 'Số định danh gồm 12 chữ số (căn cước) hoặc 9 chữ số (CMND).',
    });
    expect(translateMessage('subject must not be empty')).toEqual({
      field: 'subject',
      message: 'Không được để trống.',
    });
    expect(translateMessage('receivedAt must not be in the future').field).toBe('receivedAt');
    expect(translateMessage('applicant.email must be an e-mail address').message).toBe(
      'Thư điện tử không hợp lệ.',
    );
  });

  it('keeps a sentence that names no field for above the form', () => {
    const result = translateMessage('open a denunciation from a visit with POST /receptions/:id/cases');
    expect(result.field).toBeNull();
    expect(result.message).toMatch(/sổ tiếp công dân/);
  });

  it('maps the problems of a 400 onto form fields', () => {
    const error = new ApiError(400, [
      'representatives.1.phone must be a Vietnamese phone number (0 or +84, then 9 or 10 digits)',
      'subject must not be empty',
      'a petition case cannot be anonymous',
    ]);
    expect(fieldErrors(error)).toEqual({
      fields: {
        'representatives.1.phone':
          'Số điện thoại không hợp lệ (bắt đầu bằng 0 hoặc +84, sau đó 9 hoặc 10 chữ số).',
        subject: 'Không được để trống.',
      },
      general: ['Chỉ đơn tố cáo mới được nặc danh.'],
    });
  });

  it("maps the administration forms' messages onto their fields", () => {
    const error = new ApiError(400, [
      'username must be 3 to 64 lower-case letters, digits, ".", "-" or "_"',
      'password must be longer than or equal to 8 characters',
      'email must be an email',
      'role must be one of the following values: admin, leader, inspector, reception, clerk',
    ]);
    expect(fieldErrors(error).fields).toEqual({
      username: 'Tên đăng nhập gồm 3 đến 64 ký tự: chữ thường không dấu, chữ số, ".", "-" hoặc "_".',
      password: 'Mật khẩu có ít nhất 8 ký tự.',
      email: 'Thư điện tử không hợp lệ.',
      role: 'Giá trị không nằm trong danh sách cho phép.',
    });
    expect(translateMessage('password must be shorter than or equal to 256 characters').message).toBe(
      'Nội dung quá dài.',
    );
    expect(translateMessage('code must be 1 to 32 letters, digits, "-" or "_"')).toEqual({
      field: 'code',
      message: 'Mã gồm 1 đến 32 ký tự: chữ không dấu, chữ số, "-" hoặc "_".',
    });
    expect(translateMessage('name must not be blank')).toEqual({
      field: 'name',
      message: 'Không được để trống.',
    });
    expect(translateMessage('date must be a real date YYYY-MM-DD (1900 to 9999), not 2024-02-30')).toEqual({
      field: 'date',
      message: 'Ngày không có thật (dạng YYYY-MM-DD, từ năm 1900).',
    });
    expect(translateMessage('unitId is required for the role leader')).toEqual({
      field: 'unitId',
      message: 'Chọn đơn vị (mọi vai trò trừ Quản trị đều thuộc một đơn vị).',
    });
    expect(translateMessage('parentId: no unit 7d1c')).toEqual({
      field: 'parentId',
      message: 'Đơn vị cấp trên không hợp lệ.',
    });
  });

  it('keeps a make-up day on a weekday for above the form', () => {
    expect(
      translateMessage('2024-03-05 is a weekday: only a Saturday or Sunday can be a make-up working day'),
    ).toEqual({ field: null, message: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.' });
  });

  it('turns statuses into plain sentences', () => {
    expect(errorSentence(new ApiError(429, []))).toMatch(/chờ một lát/);
    expect(errorSentence(new TypeError('fetch failed'))).toMatch(/Không kết nối/);
  });
});
