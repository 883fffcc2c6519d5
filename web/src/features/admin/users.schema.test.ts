import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createUserSchema, resetPasswordSchema, toCreateUserBody, userChangeSchema } from './users.schema';

/** The first message of each field, as the form shows it. */
function errors(schema: z.ZodType, input: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of schema.safeParse(input).error?.issues ?? []) {
    out[i.path.join('.')] ??= i.message;
  }
  return out;
}

const UNIT = '0b6f3c1e-8f7a-4d5b-9c2e-1a2b3c4d5e6f';
const valid = {
  username: 'canbo.moi',
  fullName: 'Đặng Thị Mới',
  password: 'Mat-khau-moi-2024',
  role: 'leader',
  unitId: UNIT,
  email: '',
};

describe('create user form schema', () => {
  it('accepts a leader of a unit and builds the API body without a blank e-mail', () => {
    const parsed = createUserSchema.parse({ ...valid, username: ' canbo.moi ', fullName: ' Đặng Thị Mới ' });
    expect(toCreateUserBody(parsed)).toEqual({
      username: 'canbo.moi',
      fullName: 'Đặng Thị Mới',
      password: 'Mat-khau-moi-2024',
      role: 'leader',
      unitId: UNIT,
    });
  });

  it('accepts an administrator without a unit, with an e-mail', () => {
    const parsed = createUserSchema.parse({
      ...valid,
      role: 'admin',
      unitId: undefined,
      email: 'qt@example.vn',
    });
    expect(toCreateUserBody(parsed)).toEqual({
      username: 'canbo.moi',
      fullName: 'Đặng Thị Mới',
      password: 'Mat-khau-moi-2024',
      role: 'admin',
      email: 'qt@example.vn',
    });
  });

  it('refuses a username outside 3 to 64 lower-case letters, digits, ".", "-" or "_"', () => {
    const rule = 'Tên đăng nhập gồm 3 đến 64 ký tự: chữ thường không dấu, chữ số, ".", "-" hoặc "_".';
    for (const username of ['CanBo', 'cb', 'cán.bộ', 'can bo', 'a'.repeat(65)]) {
      expect(errors(createUserSchema, { ...valid, username })).toEqual({ username: rule });
    }
    expect(errors(createUserSchema, { ...valid, username: 'a'.repeat(64) })).toEqual({});
    expect(errors(createUserSchema, { ...valid, username: '  ' })).toEqual({
      username: 'Nhập tên đăng nhập.',
    });
  });

  it('refuses a password shorter than 8 or longer than 256 characters', () => {
    expect(errors(createUserSchema, { ...valid, password: '1234567' })).toEqual({
      password: 'Mật khẩu có ít nhất 8 ký tự.',
    });
    expect(errors(createUserSchema, { ...valid, password: '' })).toEqual({
      password: 'Mật khẩu có ít nhất 8 ký tự.',
    });
    expect(errors(createUserSchema, { ...valid, password: 'x'.repeat(257) })).toEqual({
      password: 'Mật khẩu tối đa 256 ký tự.',
    });
    expect(errors(createUserSchema, { ...valid, password: '12345678' })).toEqual({});
  });

  it('asks for a name, a role, a unit for every role but admin, and a well-formed e-mail', () => {
    expect(errors(createUserSchema, { ...valid, fullName: ' ' })).toEqual({ fullName: 'Nhập họ và tên.' });
    expect(errors(createUserSchema, { ...valid, role: undefined })).toMatchObject({ role: 'Chọn vai trò.' });
    expect(errors(createUserSchema, { ...valid, role: 'inspector', unitId: undefined })).toEqual({
      unitId: 'Chọn đơn vị (mọi vai trò trừ Quản trị đều thuộc một đơn vị).',
    });
    expect(errors(createUserSchema, { ...valid, email: 'không-phải-thư' })).toEqual({
      email: 'Thư điện tử không hợp lệ.',
    });
  });
});

describe('reset password and table change schemas', () => {
  it('holds a new password to the same length rule', () => {
    expect(errors(resetPasswordSchema, { password: 'ngan' })).toEqual({
      password: 'Mật khẩu có ít nhất 8 ký tự.',
    });
    expect(resetPasswordSchema.parse({ password: 'Mat-khau-moi-2025' })).toEqual({
      password: 'Mat-khau-moi-2025',
    });
  });

  it('takes one change at a time and refuses an unknown role or an empty unit', () => {
    expect(userChangeSchema.parse({ active: false })).toEqual({ active: false });
    expect(userChangeSchema.parse({ role: 'clerk' })).toEqual({ role: 'clerk' });
    expect(errors(userChangeSchema, { role: 'root' })).toEqual({ role: 'Chọn vai trò.' });
    expect(errors(userChangeSchema, { unitId: '' })).toEqual({ unitId: 'Chọn đơn vị.' });
  });
});
