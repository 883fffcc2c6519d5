import { describe, expect, it } from 'vitest';
import { emptyIntake, intakeSchema, toIntakeBody } from './intake.schema';

const at = new Date('2024-02-01T02:30:00Z');
function errors(input: unknown): Record<string, string> {
  const r = intakeSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('intake form schema', () => {
  it('builds the API body of a civil-status request with its paper date in +07:00', () => {
    const input = {
      ...emptyIntake(at, 'civil_status'),
      applicant: {
        fullName: 'Lê Thị Hoa',
        idNumber: '001190001234',
        phone: '',
        email: 'hoa@example.vn',
        address: '',
      },
      subject: 'Khai sinh',
      content: 'Đăng ký khai sinh cho con',
    };
    expect(toIntakeBody(intakeSchema.parse(input))).toEqual({
      kind: 'civil_status',
      procedure: 'birth',
      channel: 'in_person',
      receivedAt: '2024-02-01T09:30:00+07:00',
      anonymous: false,
      applicant: {
        fullName: 'Lê Thị Hoa',
        idNumber: '001190001234',
        phone: undefined,
        email: 'hoa@example.vn',
        address: undefined,
      },
      subject: 'Khai sinh',
      content: 'Đăng ký khai sinh cho con',
    });
  });

  it('asks for a procedure of the kind, and a name unless the denunciation is anonymous', () => {
    const base = { ...emptyIntake(at, 'certification'), procedure: 'birth', subject: 'x', content: 'y' };
    expect(errors(base)).toEqual({
      procedure: 'Thủ tục không thuộc loại hồ sơ đã chọn.',
      'applicant.fullName': 'Nhập họ và tên người nộp đơn.',
    });
    const anonymous = { ...emptyIntake(at, 'denunciation'), anonymous: true, subject: 'x', content: 'y' };
    expect(errors(anonymous)).toEqual({});
    expect(toIntakeBody(intakeSchema.parse(anonymous))).not.toHaveProperty('applicant');
  });

  it('refuses anonymity for other kinds and a malformed e-mail, in Vietnamese', () => {
    const input = {
      ...emptyIntake(at, 'petition'),
      anonymous: true,
      applicant: { fullName: 'An', email: 'không-phải-thư' },
      subject: 'x',
      content: 'y',
    };
    expect(errors(input)).toEqual({
      'applicant.email': 'Thư điện tử không hợp lệ.',
      anonymous: 'Chỉ đơn tố cáo mới được nặc danh.',
    });
  });
});
