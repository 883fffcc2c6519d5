import { useQuery } from '@tanstack/react-query';
import { Button, Select, Space } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { formatBusinessDate } from '../../shared/format';
import { CalendarDayDialog } from './CalendarDayDialog';
import { CalendarRemoveDialog } from './CalendarRemoveDialog';
import { DAY_TYPE_LABELS, type CalendarDayInput, type DayType } from './calendar.schema';
import { ConfirmYearForm } from './ConfirmYearForm';
import { adminKeys } from './queries';

const MONTH_NAMES = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);

type Day = { date: string; name: string; type: DayType };

/** "Lịch nghỉ": a year at a glance, its days off and make-up days added, changed or removed. */
export function CalendarSection() {
  const [year, setYear] = useState(new Date().getFullYear());
  const days = useQuery({
    queryKey: adminKeys.calendarYear(year),
    queryFn: () => unwrap(api.GET('/calendar/days', { params: { query: { year } } })),
  });
  // `editing`: null for a new day, the day for a change; undefined when the dialog is closed.
  const [editing, setEditing] = useState<CalendarDayInput | null | undefined>(undefined);
  const [removing, setRemoving] = useState<{ date: string; name: string } | null>(null);
  const all: Day[] = [
    ...(days.data?.daysOff ?? []).map((d) => ({ ...d, type: 'day_off' as const })),
    ...(days.data?.workingDays ?? []).map((d) => ({ ...d, type: 'working_day' as const })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const thisYear = new Date().getFullYear();
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<number>
          aria-label="Năm"
          value={year}
          onChange={setYear}
          options={[-1, 0, 1, 2].map((d) => ({ value: thisYear + d, label: String(thisYear + d) }))}
        />
        <Button type="primary" onClick={() => setEditing(null)}>
          Thêm ngày
        </Button>
        {days.data && !days.data.confirmed ? <ConfirmYearForm year={year} /> : null}
        {days.data ? (
          days.data.confirmed ? (
            <span>Lịch năm đã xác nhận</span>
          ) : (
            <span>Lịch năm tạm tính</span>
          )
        ) : null}
      </Space>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 12 }}>
        {MONTH_NAMES.map((label, i) => {
          const inMonth = all.filter((d) => Number(d.date.slice(5, 7)) === i + 1);
          return (
            <section
              key={label}
              aria-label={label}
              style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: 8 }}
            >
              <h2 style={{ fontSize: 14, margin: '0 0 4px' }}>{label}</h2>
              {inMonth.length === 0 ? <span style={{ color: '#595959' }}>Không có</span> : null}
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {inMonth.map((d) => (
                  <li key={d.date}>
                    {formatBusinessDate(d.date)} — {d.name} ({DAY_TYPE_LABELS[d.type]}){' '}
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setEditing(d)}
                      aria-label={`Sửa ${formatBusinessDate(d.date)}`}
                    >
                      Sửa
                    </Button>
                    <Button
                      size="small"
                      type="link"
                      danger
                      onClick={() => setRemoving(d)}
                      aria-label={`Xóa ${formatBusinessDate(d.date)}`}
                    >
                      Xóa
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {editing !== undefined && <CalendarDayDialog day={editing} onClose={() => setEditing(undefined)} />}
      {removing && <CalendarRemoveDialog day={removing} onClose={() => setRemoving(null)} />}
    </>
  );
}
