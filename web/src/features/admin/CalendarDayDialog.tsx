import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Form, Input, Modal } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import { api, requestBody, unwrap, type Schemas } from '../../api/client';
import { Field } from '../../shared/Field';
import { options } from '../../shared/labels';
import { SelectField } from '../../shared/SelectField';
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
  const errors = formState.errors;
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
          <Field id="day-date" label="Ngày" error={errors.date?.message} required extra="Dạng YYYY-MM-DD">
            <Controller
              name="date"
              control={control}
              render={({ field }) => (
                <Input id="day-date" autoComplete="off" disabled={day !== null} {...field} />
              )}
            />
          </Field>
          <SelectField
            control={control}
            name="type"
            id="day-type"
            label="Loại ngày"
            error={errors.type?.message}
            required
            options={options(DAY_TYPE_LABELS)}
          />
          <Field id="day-name" label="Tên" error={errors.name?.message} required>
            <Controller
              name="name"
              control={control}
              render={({ field }) => <Input id="day-name" {...field} />}
            />
          </Field>
        </Form>
      </form>
      {known && <CalendarImpact impact={impact.data} error={impact.error} />}
    </Modal>
  );
}
