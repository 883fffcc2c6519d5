import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createUnitSchema, renameUnitSchema, toCreateUnitBody } from './units.schema';

function errors(schema: z.ZodType, input: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of schema.safeParse(input).error?.issues ?? []) {
    out[i.path.join('.')] ??= i.message;
  }
  return out;
}

const PARENT = '0b6f3c1e-8f7a-4d5b-9c2e-1a2b3c4d5e6f';
const valid = { code: 'TRANPHU2', name: 'UBND phường Trần Phú', level: 'commune', parentId: PARENT };

describe('unit form schemas', () => {
  it('accepts a ward under its city and builds the API body', () => {
    expect(toCreateUnitBody(createUnitSchema.parse({ ...valid, name: ' UBND phường Trần Phú ' }))).toEqual({
      code: 'TRANPHU2',
      name: 'UBND phường Trần Phú',
      level: 'commune',
      parentId: PARENT,
    });
    expect(toCreateUnitBody(createUnitSchema.parse({ ...valid, parentId: undefined }))).not.toHaveProperty(
      'parentId',
    );
  });

  it('refuses a code outside 1 to 32 letters, digits, "-" or "_"', () => {
    const rule = 'Mã gồm 1 đến 32 ký tự: chữ không dấu, chữ số, "-" hoặc "_".';
    for (const code of ['TRẦN PHÚ', 'UBND.TP', 'A'.repeat(33)]) {
      expect(errors(createUnitSchema, { ...valid, code })).toEqual({ code: rule });
    }
    expect(errors(createUnitSchema, { ...valid, code: 'UBND-TP_2' })).toEqual({});
    expect(errors(createUnitSchema, { ...valid, code: '' })).toEqual({ code: 'Nhập mã đơn vị.' });
  });

  it('refuses a blank name and a missing level', () => {
    expect(errors(createUnitSchema, { ...valid, name: '   ' })).toEqual({ name: 'Nhập tên đơn vị.' });
    expect(errors(createUnitSchema, { ...valid, level: undefined })).toEqual({ level: 'Chọn cấp.' });
    expect(errors(createUnitSchema, { ...valid, level: 'village' })).toEqual({ level: 'Chọn cấp.' });
  });

  it('renames to a name that is not blank nor longer than 500 characters', () => {
    expect(renameUnitSchema.parse({ name: ' UBND phường Nghĩa Dũng ' })).toEqual({
      name: 'UBND phường Nghĩa Dũng',
    });
    expect(errors(renameUnitSchema, { name: ' ' })).toEqual({ name: 'Nhập tên đơn vị.' });
    expect(errors(renameUnitSchema, { name: 'x'.repeat(501) })).toEqual({ name: 'Tối đa 500 ký tự.' });
  });
});
