import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { calendarDaySchema, confirmYearSchema, removeCalendarDaySchema } from './calendar.schema';

function errors(schema: z.ZodType, input: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of schema.safeParse(input).error?.issues ?? []) {
    out[i.path.join('.')] ??= i.message;
  }
  return out;
}

const valid = { date: '2024-04-29', type: 'day_off', name: 'Nghỉ bù 30/4' };

describe('calendar day form schema', () => {
  it('accepts a day off and a make-up day', () => {
    expect(calendarDaySchema.parse({ ...valid, date: ' 2024-04-29 ' })).toEqual(valid);
    expect(errors(calendarDaySchema, { ...valid, date: '2024-05-04', type: 'working_day' })).toEqual({});
    expect(errors(calendarDaySchema, { ...valid, date: '2024-02-29' })).toEqual({});
  });

  it('refuses a date that is not a date, in Vietnamese', () => {
    expect(errors(calendarDaySchema, { ...valid, date: '' })).toEqual({ date: 'Nhập ngày.' });
    for (const date of ['29/04/2024', '2024-4-29', 'ngày mai']) {
      expect(errors(calendarDaySchema, { ...valid, date })).toEqual({ date: 'Ngày dạng YYYY-MM-DD.' });
    }
    for (const date of ['2023-02-29', '2024-13-01', '2024-04-31', '1899-12-31']) {
      expect(errors(calendarDaySchema, { ...valid, date })).toEqual({
        date: 'Ngày không có thật (từ năm 1900).',
      });
    }
  });

  it('asks for the kind of day and its name', () => {
    expect(errors(calendarDaySchema, { ...valid, type: 'holiday' })).toEqual({ type: 'Chọn loại ngày.' });
    expect(errors(calendarDaySchema, { ...valid, name: '  ' })).toEqual({ name: 'Nhập tên ngày.' });
  });
});

describe('remove day form schema', () => {
  it('takes the day by its date alone', () => {
    expect(removeCalendarDaySchema.parse({ date: '2024-04-29' })).toEqual({ date: '2024-04-29' });
    expect(errors(removeCalendarDaySchema, { date: '2024-02-30' })).toEqual({
      date: 'Ngày không có thật (từ năm 1900).',
    });
  });
});

describe('confirm year form schema', () => {
  it('takes a year the API knows', () => {
    expect(confirmYearSchema.parse({ year: 2025 })).toEqual({ year: 2025 });
    expect(errors(confirmYearSchema, { year: 1899 })).toEqual({ year: 'Năm từ 1900 đến 2200.' });
    expect(errors(confirmYearSchema, { year: 2024.5 })).toEqual({ year: 'Chọn năm.' });
    expect(errors(confirmYearSchema, {})).toEqual({ year: 'Chọn năm.' });
  });
});
