import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Form, Input, Modal } from 'antd';
import { useForm } from 'react-hook-form';
import { api, requestBody, unwrap, type Schemas } from '../../api/client';
import { fieldsOf, FormField } from '../../shared/Field';
import { options } from '../../shared/labels';
import { SelectField } from '../../shared/SelectField';
import { TextField } from '../../shared/TextField';
import { isBusinessDate } from '../../shared/validation';
import { useAdminSave } from './admin-save';
import {
  calendarDaySchema,
  DAY_TYPE_LABELS,
  emptyCalendarDay,
  type CalendarDayInput,
  type CalendarDayValues,
} from './calendar.schema';
import { CalendarImpact } from './CalendarImpact';
import { adminKeys, useCalendarImpact } from './queries';

const FORM_ID = 'calendar-day-form';
const FIELDS = ['date', 'type', 'name'] as const;

/**
 * "Thêm ngày" / "Sửa ngày" (PUT /calendar/days/:date): the open cases the day would move are shown before it can
 * be saved. A day being changed (`day`) keeps its date.
 */
export function CalendarDayDialog({ day, onClose }: { day: CalendarDayInput | null; onClose: () => void }) {
  const { control, handleSubmit, formState, setError, watch } = useForm<
    CalendarDayInput,
    unknown,
    CalendarDayValues
  >({
    resolver: zodResolver(calendarDaySchema),
    defaultValues: day ?? emptyCalendarDay,
  });
  const { general, save } = useAdminSave(setError, FIELDS, onClose);
  const field = fieldsOf(control, formState.errors, 'day');
  const date = watch('date').trim();
  const type = watch('type');
  const known = isBusinessDate(date) && Boolean(type);
  const impact = useCalendarImpact(date, type, known);

  const submit = handleSubmit((v) =>
    save(
      () =>
        unwrap(
          api.PUT('/calendar/days/{date}', {
            params: { path: { date: v.date } },
            body: requestBody<Schemas['PutCalendarDayDto']>({ type: v.type, name: v.name }),
          }),
        ),
      'Đã lưu ngày',
      adminKeys.calendar,
    ),
  );

  return (
    <Modal
      open
      title={day ? 'Sửa ngày' : 'Thêm ngày'}
      okText="Lưu"
      cancelText="Hủy"
      onCancel={onClose}
      // A well-formed day is saved only once what it moves is on screen; a malformed one may be submitted,
      // to be told why it is refused.
      okButtonProps={{
        htmlType: 'submit',
        form: FORM_ID,
        disabled: known && !impact.data && !impact.isError,
      }}
      confirmLoading={formState.isSubmitting}
    >
      {general.length > 0 && (
        <Alert type="error" showIcon role="alert" title={general.join(' ')} style={{ marginBottom: 12 }} />
      )}
      <form id={FORM_ID} onSubmit={(e) => void submit(e)} noValidate>
        <Form layout="vertical" component={false}>
          <FormField
            {...field('date')}
            label="Ngày"
            required
            extra="Dạng YYYY-MM-DD"
            input={(props) => <Input id="day-date" autoComplete="off" disabled={day !== null} {...props} />}
          />
          <SelectField {...field('type')} label="Loại ngày" required options={options(DAY_TYPE_LABELS)} />
          <TextField {...field('name')} label="Tên" required />
        </Form>
      </form>
      {known && <CalendarImpact impact={impact.data} error={impact.error} />}
    </Modal>
  );
}
