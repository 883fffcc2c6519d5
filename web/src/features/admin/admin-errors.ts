// The administration's refusals in Vietnamese: a 400's field problems onto the form's fields (api/errors), the
// few 409/403 of users and units, which errorSentence would tell as a case's conflict or a bare "no right", and
// the calendar's make-up day on a weekday, whose message names no field but is about "Loại ngày".
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, fieldErrors } from '../../api/errors';

const REFUSALS: { pattern: RegExp; field: string | null; message: string }[] = [
  {
    pattern: /is a weekday: only a Saturday or Sunday/,
    field: 'type',
    message: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.',
  },
  { pattern: /username .* is taken/, field: 'username', message: 'Tên đăng nhập này đã có người dùng.' },
  { pattern: /unit with code .* exists/, field: 'code', message: 'Mã đơn vị này đã có.' },
  {
    pattern: /last active administrator/,
    field: null,
    message: 'Không thể hạ vai trò hoặc khóa quản trị viên cuối cùng còn hoạt động.',
  },
  {
    pattern: /may not change their own role or unit/,
    field: null,
    message: 'Quản trị viên không tự đổi vai trò, đơn vị hoặc tự khóa tài khoản của mình.',
  },
];

/** The messages of a failed request: those of `fields` keyed by field, the rest as sentences. */
export function adminErrors(
  error: unknown,
  fields: readonly string[] = [],
): { fields: Record<string, string>; general: string[] } {
  if (error instanceof ApiError && [400, 403, 409].includes(error.status)) {
    const known = REFUSALS.find((r) => error.messages.some((m) => r.pattern.test(m)));
    if (known) {
      return known.field && fields.includes(known.field)
        ? { fields: { [known.field]: known.message }, general: [] }
        : { fields: {}, general: [known.message] };
    }
  }
  return fieldErrors(error, (path) => (fields.includes(path) ? path : null));
}

/** A failure that belongs to no field, as one sentence. */
export function adminErrorSentence(error: unknown): string {
  return adminErrors(error).general.join(' ');
}

/** Shows a failure on the form: field problems under their fields; returns what belongs above the form. */
export function showAdminErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string[] {
  const { fields: byField, general } = adminErrors(error, fields);
  for (const [field, message] of Object.entries(byField)) {
    setError(field as Path<T>, { message }, { shouldFocus: true });
  }
  return general;
}
