import { buildOfficialCalendar } from '../../calendar/domain/official-days.js';
import { isWithinSendWindow, parseSendWindow, stageBounds } from './reminder-schedule.js';

const calendar = buildOfficialCalendar();
const TZ = 'Asia/Ho_Chi_Minh';

describe('stageBounds', () => {
  it('due_soon reaches 3 working days ahead, skipping Tết 2024', () => {
    // Wed 2024-02-07: next working days 15, 16, 19 February.
    expect(stageBounds(calendar, '2024-02-07', 3, 2).dueSoonUntil).toBe('2024-02-19');
  });

  it('escalates cases overdue for 2 working days: on Tue 2024-03-19, a case due Fri 15 but not one due Mon 18', () => {
    // (2024-03-17, 2024-03-19] holds Mon 18 and Tue 19; due dates are working days, so the bound means Fri 15.
    const bound = stageBounds(calendar, '2024-03-19', 3, 2).escalateOnOrBefore;
    expect(bound).toBe('2024-03-17');
    expect('2024-03-15' <= bound).toBe(true);
    expect('2024-03-18' <= bound).toBe(false);
  });

  it('counts escalation days over a holiday: on Thu 2024-09-05, a case due Fri 2024-08-30 but not one due Wed 4', () => {
    // 31/08-03/09 are days off: (2024-09-03, 2024-09-05] holds Wed 4 and Thu 5.
    const bound = stageBounds(calendar, '2024-09-05', 3, 2).escalateOnOrBefore;
    expect(bound).toBe('2024-09-03');
    expect('2024-08-30' <= bound).toBe(true);
    expect('2024-09-04' <= bound).toBe(false);
  });
});

describe('send window', () => {
  const window = parseSendWindow('07:30-17:00');

  it('sends from 07:30 to 17:00 Asia/Ho_Chi_Minh on working days only', () => {
    expect(isWithinSendWindow(new Date('2024-03-19T07:29:00+07:00'), window, calendar, TZ)).toBe(false);
    expect(isWithinSendWindow(new Date('2024-03-19T07:30:00+07:00'), window, calendar, TZ)).toBe(true);
    expect(isWithinSendWindow(new Date('2024-03-19T16:59:00+07:00'), window, calendar, TZ)).toBe(true);
    expect(isWithinSendWindow(new Date('2024-03-19T17:00:00+07:00'), window, calendar, TZ)).toBe(false);
    expect(isWithinSendWindow(new Date('2024-03-16T09:00:00+07:00'), window, calendar, TZ)).toBe(false);
    expect(isWithinSendWindow(new Date('2024-02-09T09:00:00+07:00'), window, calendar, TZ)).toBe(false);
  });

  it('counts a make-up Saturday as a working day', () => {
    expect(isWithinSendWindow(new Date('2024-05-04T09:00:00+07:00'), window, calendar, TZ)).toBe(true);
  });

  it('"always" sends at any hour of any day', () => {
    const always = parseSendWindow('always');
    expect(isWithinSendWindow(new Date('2024-02-10T23:00:00+07:00'), always, calendar, TZ)).toBe(true);
  });
});
