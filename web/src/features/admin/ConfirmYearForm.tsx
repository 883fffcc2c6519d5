import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button } from 'antd';
import { useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import { showAdminErrors } from './admin-errors';
import { confirmYearSchema, type ConfirmYearValues } from './calendar.schema';
import { adminKeys } from './queries';

/** "Xác nhận lịch năm …" (PUT /calendar/years/:year {confirmed: true}): the provisional year becomes official. */
export function ConfirmYearForm({ year }: { year: number }) {
  const client = useQueryClient();
  const { message } = AntApp.useApp();
  const { handleSubmit, formState, setError } = useForm<ConfirmYearValues>({
    resolver: zodResolver(confirmYearSchema),
    values: { year },
  });

  const submit = handleSubmit(async (v) => {
    try {
      await unwrap(
        api.PUT('/calendar/years/{year}', { params: { path: { year: v.year } }, body: { confirmed: true } }),
      );
    } catch (error) {
      const general = showAdminErrors(error, setError, []);
      setError('root', { message: general.join(' ') });
      return;
    }
    message.success(`Đã xác nhận lịch năm ${v.year}`);
    await client.invalidateQueries({ queryKey: adminKeys.calendar });
  });
  const refused = formState.errors.year?.message ?? formState.errors.root?.message;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Button htmlType="submit" loading={formState.isSubmitting}>
        Xác nhận lịch năm {year}
      </Button>
      {refused && (
        <span role="alert" className="field-error" style={{ marginLeft: 8 }}>
          {refused}
        </span>
      )}
    </form>
  );
}
