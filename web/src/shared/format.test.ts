import { describe, expect, it } from 'vitest';
import {
  businessDateOf,
  deadlineText,
  formatBusinessDate,
  fromPickerTime,
  toPickerTime,
  formatDate,
  formatDateTime,
  formatNumber,
  formatRate,
  formatTime,
  toVietnamIso,
} from './format';

describe('dates and times in Asia/Ho_Chi_Minh', () => {
  it('shows a business date as it is, dd/MM/yyyy', () => {
    expect(formatBusinessDate('2024-03-06')).toBe('06/03/2024');
    expect(formatBusinessDate(null)).toBe('');
  });

  it('formats an instant in Vietnam time whatever the zone of the machine', () => {
    // 17:30 UTC on 31 Dec is 00:30 on 1 Jan in Hà Nội.
    expect(formatDate('2023-12-31T17:30:00Z')).toBe('01/01/2024');
    expect(formatTime('2023-12-31T17:30:00Z')).toBe('00:30');
    expect(formatDateTime('2024-02-01T09:05:00+07:00')).toBe('09:05 01/02/2024');
    expect(businessDateOf('2023-12-31T17:30:00Z')).toBe('2024-01-01');
  });

  it('writes an instant with the +07:00 offset', () => {
    expect(toVietnamIso(new Date('2024-02-01T02:30:00Z'))).toBe('2024-02-01T09:30:00+07:00');
  });
});

describe('numbers and rates in vi-VN', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumber(3200)).toBe('3.200');
    expect(formatNumber(12)).toBe('12');
  });

  it('writes a rate with a decimal comma and at most two decimals', () => {
    expect(formatRate(95.65)).toBe('95,65%');
    expect(formatRate(100)).toBe('100%');
    expect(formatRate(91.0833)).toBe('91,08%');
  });
});

describe('deadline text', () => {
  it('tells overdue, due today, soon and the rest apart by words', () => {
    expect(deadlineText('2024-03-01', '2024-03-04')).toEqual({ text: 'Quá hạn 3 ngày', urgency: 'overdue' });
    expect(deadlineText('2024-03-04', '2024-03-04')).toEqual({ text: 'Đến hạn hôm nay', urgency: 'today' });
    expect(deadlineText('2024-03-06', '2024-03-04')).toEqual({ text: 'Còn 2 ngày', urgency: 'soon' });
    expect(deadlineText('2024-04-06', '2024-03-04')).toEqual({ text: 'Còn 33 ngày', urgency: 'normal' });
    expect(deadlineText(null, '2024-03-04')).toEqual({ text: 'Không tính hạn', urgency: 'none' });
  });

  it('counts across a month and a leap day', () => {
    expect(deadlineText('2024-03-01', '2024-02-28').text).toBe('Còn 2 ngày');
  });
});

describe('picker times', () => {
  it('shows an instant as its Vietnam wall clock and reads a picked wall clock back as Vietnam time', () => {
    const instant = new Date('2026-11-30T01:22:00Z'); // 08:22 in Hà Nội
    const shown = toPickerTime(instant);
    expect([shown.getDate(), shown.getHours(), shown.getMinutes()]).toEqual([30, 8, 22]);
    expect(fromPickerTime(shown).toISOString()).toBe('2026-11-30T01:22:00.000Z');
    expect(fromPickerTime(new Date(2026, 0, 1, 0, 5)).toISOString()).toBe('2025-12-31T17:05:00.000Z');
  });
});
