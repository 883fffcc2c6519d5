import { z } from 'zod';
import type { Schemas } from '../../api/client';
import { requiredText } from '../../shared/validation';

type Level = Schemas['UnitResponseDto']['level'];

export const LEVEL_LABELS: Record<Level, string> = {
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  department: 'Phòng, ban',
};

/** The API's rule for a unit's code (CreateUnitDto): 1 to 32 letters, digits, `-` or `_`. */
export const UNIT_CODE = /^[A-Za-z0-9_-]{1,32}$/;

const unitName = requiredText(500, 'Nhập tên đơn vị.');

/** "Thêm đơn vị". */
export const createUnitSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'Nhập mã đơn vị.')
    .refine((v) => !v || UNIT_CODE.test(v), 'Mã gồm 1 đến 32 ký tự: chữ không dấu, chữ số, "-" hoặc "_".'),
  name: unitName,
  level: z.enum(Object.keys(LEVEL_LABELS) as [Level, ...Level[]], { error: 'Chọn cấp.' }),
  parentId: z.string().optional(),
});

export type CreateUnitInput = z.input<typeof createUnitSchema>;
export type CreateUnitValues = z.output<typeof createUnitSchema>;

/** The body of `POST /units`. */
export function toCreateUnitBody(v: CreateUnitValues) {
  return {
    code: v.code,
    name: v.name,
    level: v.level,
    ...(v.parentId ? { parentId: v.parentId } : {}),
  };
}

/** "Đổi tên đơn vị": only the name changes. */
export const renameUnitSchema = z.object({ name: unitName });
export type RenameUnitValues = z.infer<typeof renameUnitSchema>;
