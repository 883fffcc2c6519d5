import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { formatSize, previewable, uploadErrorSentence } from './upload';

describe('the case file in the forms', () => {
  it('previews in the page only what the API serves inline', () => {
    expect(['application/pdf', 'image/jpeg', 'image/png', 'image/webp'].map(previewable)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(previewable('image/tiff')).toBe(false); // browsers do not show TIFF: downloaded
    expect(previewable('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(
      false,
    );
  });

  it('gives the size in vi-VN units', () => {
    expect(formatSize(599)).toBe('599 B');
    expect(formatSize(1536)).toBe('1,5 KB');
    expect(formatSize(20 * 1024 * 1024)).toBe('20 MB');
  });

  it("says why a file was refused in the API's Vietnamese words, and the rest as the app does", () => {
    const refused = new ApiError(415, ['Loại tệp không được chấp nhận']);
    expect(uploadErrorSentence(refused)).toBe('Loại tệp không được chấp nhận');
    expect(uploadErrorSentence(new ApiError(413, []))).toBe('Tệp vượt quá dung lượng cho phép.');
    expect(uploadErrorSentence(new ApiError(403, ['Forbidden']))).toBe(
      'Bạn không có quyền thực hiện thao tác này.',
    );
    expect(uploadErrorSentence(new TypeError('network error'))).toBe(
      'Không kết nối được với máy chủ. Vui lòng thử lại.',
    );
  });
});
