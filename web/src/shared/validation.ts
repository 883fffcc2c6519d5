import { z } from 'zod';

/** The API's rules for personal details (API.md), with Vietnamese messages. */
export const ID_NUMBER = /^(0(?:0[1-9]|[1-8]\d|9[0-6])\d{9}|\d{9})$/;
export const PHONE = /^(0|\+84)\d{9,10}$/;

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Tối đa ${max.toLocaleString('vi-VN')} ký tự.`)
    .optional()
    .transform((v) => (v ? v : undefined));

export const requiredText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .min(1, message)
    .max(max, `Tối đa ${max.toLocaleString('vi-VN')} ký tự.`);

export const personSchema = z.object({
  fullName: requiredText(500, 'Nhập họ và tên.'),
  idNumber: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || ID_NUMBER.test(v), 'Số định danh gồm 12 chữ số (căn cước) hoặc 9 chữ số (CMND).')
    .transform((v) => v || undefined),
  phone: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || PHONE.test(v.replace(/[\s.]/g, '')), 'Số điện thoại không hợp lệ.')
    .transform((v) => (v ? v.replace(/[\s.]/g, '') : undefined)),
  address: optionalText(500),
});

/** A moment of the past (a paper date or a visit's time); a minute of clock skew is tolerated. */
export const pastMoment = z
  .date({ error: 'Chọn ngày giờ.' })
  .refine((d) => d.getTime() <= Date.now() + 60_000, 'Không được là thời điểm trong tương lai.');

/** An optional e-mail address: blank means absent. */
export const optionalEmail = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Tối đa ${max.toLocaleString('vi-VN')} ký tự.`)
    .optional()
    .refine((v) => !v || z.email().safeParse(v).success, 'Thư điện tử không hợp lệ.')
    .transform((v) => v || undefined);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day `YYYY-MM-DD` from 1900 on, as the API takes it (`2024-02-30` is refused). */
export function isBusinessDate(value: string): boolean {
  if (!ISO_DATE.test(value) || value < '1900-01-01') {
    return false;
  }
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A business date typed as text: `YYYY-MM-DD`, a day that exists. */
export const businessDate = z
  .string()
  .trim()
  .min(1, 'Nhập ngày.')
  .refine((v) => !v || ISO_DATE.test(v), 'Ngày dạng YYYY-MM-DD.')
  .refine((v) => !ISO_DATE.test(v) || isBusinessDate(v), 'Ngày không có thật (từ năm 1900).');
