import { z } from 'zod';

export const lookupSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'Nhập mã hồ sơ ghi trên giấy biên nhận.')
    .max(40, 'Mã hồ sơ quá dài.')
    .transform((code) => code.toUpperCase()),
  pin: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Mã tra cứu gồm 6 chữ số.'),
});
export type LookupValues = z.input<typeof lookupSchema>;
