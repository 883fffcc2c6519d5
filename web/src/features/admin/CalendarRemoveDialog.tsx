import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal } from 'antd';
import { useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import { formatBusinessDate } from '../../shared/format';
import { useAdminSave } from './admin-save';
import { removeCalendarDaySchema, type RemoveCalendarDayValues } from './calendar.schema';
import { CalendarImpact } from './CalendarImpact';
import { adminKeys, useCalendarImpact } from './queries';

const FORM_ID = 'calendar-remove-form';

/** "Xóa ngày" (DELETE /calendar/days/:date): what the removal moves back (impact type `none`) comes first. */
export function CalendarRemoveDialog({
  day,
  onClose,
}: {
  day: { date: string; name: string };
  onClose: () => void;
}) {
  const impact = useCalendarImpact(day.date, 'none', true);
  const { handleSubmit, formState, setError } = useForm<RemoveCalendarDayValues>({
    resolver: zodResolver(removeCalendarDaySchema),
    values: { date: day.date },
  });
  const { general, save } = useAdminSave(setError, [], onClose);

  const submit = handleSubmit(({ date }) =>
    save(
      () => unwrap(api.DELETE('/calendar/days/{date}', { params: { path: { date } } })),
      'Đã xóa ngày',
      adminKeys.calendar,
    ),
  );
  const refused = [formState.errors.date?.message, ...general].filter(Boolean);

  return (
    <Modal
      open
      title="Xóa ngày"
      okText="Xóa"
      cancelText="Hủy"
      onCancel={onClose}
      okButtonProps={{
        htmlType: 'submit',
        form: FORM_ID,
        danger: true,
        disabled: !impact.data && !impact.isError,
      }}
      confirmLoading={formState.isSubmitting}
    >
      {refused.length > 0 && (
        <Alert type="error" showIcon role="alert" title={refused.join(' ')} style={{ marginBottom: 12 }} />
      )}
      <form id={FORM_ID} onSubmit={(e) => void submit(e)} noValidate>
        <p>
          Xóa {formatBusinessDate(day.date)} — {day.name} khỏi lịch.
        </p>
      </form>
      <CalendarImpact impact={impact.data} error={impact.error} />
    </Modal>
  );
}
