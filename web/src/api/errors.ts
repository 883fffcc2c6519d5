// The API's errors in Vietnamese: field problems mapped onto form fields, everything else as one sentence.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
    readonly retryAfter: number | null = null,
  ) {
    super(messages.join('; ') || `HTTP ${status}`);
  }

  static from(response: Response, body: unknown): ApiError {
    const raw = (body as { message?: unknown } | undefined)?.message;
    const messages = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [];
    const retry = Number(response.headers.get('retry-after'));
    return new ApiError(response.status, messages, Number.isFinite(retry) && retry > 0 ? retry : null);
  }
}

/** The Vietnamese sentence for a whole request that failed (not tied to a field). */
export function errorSentence(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return 'Không kết nối được với máy chủ. Vui lòng thử lại.';
  }
  switch (error.status) {
    case 400:
      return error.messages.map((m) => translateMessage(m).message).join(' ');
    case 401:
      return 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.';
    case 403:
      return 'Bạn không có quyền thực hiện thao tác này.';
    case 404:
      return 'Không tìm thấy dữ liệu yêu cầu.';
    case 409:
      return 'Hồ sơ đã được người khác cập nhật hoặc trạng thái không cho phép thao tác này.';
    case 422:
      return `Quy định pháp luật không cho phép: ${error.messages.join('; ')}`;
    case 429:
      return 'Bạn thao tác quá nhanh. Vui lòng chờ một lát rồi thử lại.';
    default:
      return 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau.';
  }
}

const RULES: [RegExp, string][] = [
  [/unitId is required for the role/, 'Chọn đơn vị (mọi vai trò trừ Quản trị đều thuộc một đơn vị).'],
  [
    /must not be empty|must not be blank|is required|should not be empty|must be a string/,
    'Không được để trống.',
  ],
  [/control characters/, 'Không được chứa ký tự điều khiển.'],
  [/password must be longer than or equal to/, 'Mật khẩu có ít nhất 8 ký tự.'],
  [/must be shorter than or equal to (\d+)/, 'Nội dung quá dài.'],
  [
    /lower-case letters, digits/,
    'Tên đăng nhập gồm 3 đến 64 ký tự: chữ thường không dấu, chữ số, ".", "-" hoặc "_".',
  ],
  [/code must be 1 to 32/, 'Mã gồm 1 đến 32 ký tự: chữ không dấu, chữ số, "-" hoặc "_".'],
  [/must be a real date/, 'Ngày không có thật (dạng YYYY-MM-DD, từ năm 1900).'],
  [/is a weekday: only a Saturday or Sunday/, 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.'],
  [/căn cước|CMND/, 'Số định danh gồm 12 chữ số (căn cước) hoặc 9 chữ số (CMND).'],
  [/phone number/, 'Số điện thoại không hợp lệ (bắt đầu bằng 0 hoặc +84, sau đó 9 hoặc 10 chữ số).'],
  [/must be an e-?mail/, 'Thư điện tử không hợp lệ.'],
  [/must not be in the future/, 'Không được là thời điểm trong tương lai.'],
  [/ISO 8601/, 'Ngày giờ không hợp lệ.'],
  [
    /open a denunciation from a visit/,
    'Đơn tố cáo được tiếp nhận qua sổ tiếp công dân: ghi sổ lượt tiếp rồi bấm "Mở hồ sơ".',
  ],
  [/cannot be anonymous/, 'Chỉ đơn tố cáo mới được nặc danh.'],
  [/leaderId is required/, 'Chọn lãnh đạo tiếp công dân.'],
  [/representative/, 'Đoàn từ 5 người trở lên cần từ 1 đến 5 người đại diện.'],
  // Before the next rule, whose `min` is also in a list of roles that names `admin`.
  [/must be one of|must be a valid enum/, 'Giá trị không nằm trong danh sách cho phép.'],
  [/must be a positive|must not be less than|min/, 'Giá trị phải lớn hơn 0.'],
  [/parentId/, 'Đơn vị cấp trên không hợp lệ.'],
  [/unitId/, 'Đơn vị không hợp lệ.'],
];

/** Field names without a dot or a capital (others, such as `applicant.fullName`, are recognised by shape). */
const SIMPLE_FIELDS = new Set([
  'subject',
  'content',
  'kind',
  'procedure',
  'channel',
  'category',
  'outcome',
  'note',
  'username',
  'password',
  'email',
  'role',
  'name',
  'code',
  'level',
  'type',
  'date',
]);

/** Splits an API message (`applicant.idNumber must be ...`) into its field path and a Vietnamese message. */
export function translateMessage(message: string): { field: string | null; message: string } {
  const m = /^([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)(?::|\s)/.exec(message);
  const field = m && (/[.A-Z]/.test(m[1]) || SIMPLE_FIELDS.has(m[1])) ? m[1] : null;
  const rule = RULES.find(([pattern]) => pattern.test(message));
  return { field, message: rule ? rule[1] : 'Giá trị không hợp lệ.' };
}

/**
 * The field problems of a 400, keyed by form field path (`applicant.idNumber`, `representatives.0.phone`), and
 * what belongs to no field. `fieldOf` maps an API path to the form's (null: show it above the form).
 */
export function fieldErrors(
  error: unknown,
  fieldOf: (apiPath: string) => string | null = (p) => p,
): { fields: Record<string, string>; general: string[] } {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  if (!(error instanceof ApiError) || error.status !== 400) {
    return { fields, general: [errorSentence(error)] };
  }
  for (const raw of error.messages) {
    const { field, message } = translateMessage(raw);
    const target = field ? fieldOf(field) : null;
    if (target && !fields[target]) {
      fields[target] = message;
    } else if (!target) {
      general.push(message);
    }
  }
  return { fields, general };
}
