import { z } from 'zod';
import { ROLE_LABELS, type Role } from '../../shared/labels';
import { optionalEmail, requiredText } from '../../shared/validation';

/** The API's rules for an account (CreateUserDto, API.md "Auth, units, users"). */
export const USERNAME = /^[a-z0-9._-]{3,64}$/;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

const ROLES = Object.keys(ROLE_LABELS) as [Role, ...Role[]];

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Mật khẩu có ít nhất ${PASSWORD_MIN} ký tự.`)
  .max(PASSWORD_MAX, `Mật khẩu tối đa ${PASSWORD_MAX} ký tự.`);

const roleSchema = z.enum(ROLES, { error: 'Chọn vai trò.' });

/** "Thêm người dùng". */
export const createUserSchema = z
  .object({
    username: z
      .string()
      .trim()
      .min(1, 'Nhập tên đăng nhập.')
      .refine(
        (v) => !v || USERNAME.test(v),
        'Tên đăng nhập gồm 3 đến 64 ký tự: chữ thường không dấu, chữ số, ".", "-" hoặc "_".',
      ),
    fullName: requiredText(500, 'Nhập họ và tên.'),
    password: passwordSchema,
    role: roleSchema,
    unitId: z.string().optional(),
    email: optionalEmail(320),
  })
  .superRefine((v, ctx) => {
    if (v.role !== 'admin' && !v.unitId) {
      ctx.addIssue({
        code: 'custom',
        path: ['unitId'],
        message: 'Chọn đơn vị (mọi vai trò trừ Quản trị đều thuộc một đơn vị).',
      });
    }
  });

export type CreateUserInput = z.input<typeof createUserSchema>;
export type CreateUserValues = z.output<typeof createUserSchema>;

/** The body of `POST /users`. */
export function toCreateUserBody(v: CreateUserValues) {
  return {
    username: v.username,
    fullName: v.fullName,
    password: v.password,
    role: v.role,
    ...(v.unitId ? { unitId: v.unitId } : {}),
    ...(v.email ? { email: v.email } : {}),
  };
}

/** "Đặt lại mật khẩu". */
export const resetPasswordSchema = z.object({ password: passwordSchema });
export type ResetPasswordValues = z.infer<typeof resetPasswordSchema>;

/** A change made in the users' table: one of role, unit or active at a time (`PATCH /users/:id`). */
export const userChangeSchema = z
  .object({
    role: roleSchema,
    unitId: z.string({ error: 'Chọn đơn vị.' }).min(1, 'Chọn đơn vị.'),
    active: z.boolean(),
  })
  .partial();
export type UserChange = z.infer<typeof userChangeSchema>;
