import { z } from 'zod';
import { businessDate, requiredText } from '../../shared/validation';

export type DayType = 'day_off' | 'working_day';

export const DAY_TYPE_LABELS: Record<DayType, string> = {
  day_off: 'Ngày nghỉ',
  working_day: 'Ngày làm bù',
};

/** "Thêm ngày" / "Sửa ngày": `PUT /calendar/days/:date {type, name}`. */
export const calendarDaySchema = z.object({
  date: businessDate,
  type: z.enum(['day_off', 'working_day'], { error: 'Chọn loại ngày.' }),
  name: requiredText(500, 'Nhập tên ngày.'),
});

export type CalendarDayInput = z.input<typeof calendarDaySchema>;
export type CalendarDayValues = z.output<typeof calendarDaySchema>;

export const emptyCalendarDay: CalendarDayInput = { date: '', type: 'day_off', name: '' };

/** "Xác nhận lịch năm": the year the API takes (`PUT /calendar/years/:year`, 1900 to 2200). */
export const confirmYearSchema = z.object({
  year: z
    .number({ error: 'Chọn năm.' })
    .int('Chọn năm.')
    .min(1900, 'Năm từ 1900 đến 2200.')
    .max(2200, 'Năm từ 1900 đến 2200.'),
});
export type ConfirmYearValues = z.infer<typeof confirmYearSchema>;

/** "Xóa ngày": `DELETE /calendar/days/:date`. */
export const removeCalendarDaySchema = calendarDaySchema.pick({ date: true });
export type RemoveCalendarDayValues = z.infer<typeof removeCalendarDaySchema>;
