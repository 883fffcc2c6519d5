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

  it('turns statuses into plain sentences', () => {
    expect(errorSentence(new ApiError(429, []))).toMatch(/chờ một lát/);
    expect(errorSentence(new TypeError('fetch failed'))).toMatch(/Không kết nối/);
  });
});
