import { zodResolver } from '@hookform/resolvers/zod';
import { Input } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import { Field } from '../../shared/Field';
import { AdminFormDialog } from './AdminFormDialog';
import { useAdminSave } from './admin-save';
import type { User } from './queries';
import { resetPasswordSchema, type ResetPasswordValues } from './users.schema';

const FORM_ID = 'password-reset-form';

/** "Đặt lại mật khẩu" (PATCH /users/:id {password}): the dialog stays open until the API has taken it. */
export function PasswordResetDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { control, handleSubmit, formState, setError } = useForm<ResetPasswordValues>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { password: '' },
  });
  const { general, save } = useAdminSave(setError, ['password'], onClose);

  const submit = handleSubmit(({ password }) =>
    save(
      () => unwrap(api.PATCH('/users/{id}', { params: { path: { id: user.id } }, body: { password } })),
      'Đã lưu',
    ),
  );

  return (
    <AdminFormDialog
      title={`Đặt lại mật khẩu: ${user.username}`}
      formId={FORM_ID}
      general={general}
      submitting={formState.isSubmitting}
      onClose={onClose}
      onSubmit={submit}
    >
      <Field id="reset-password" label="Mật khẩu mới" error={formState.errors.password?.message} required>
        <Controller
          name="password"
          control={control}
          render={({ field }) => (
            <Input.Password id="reset-password" autoComplete="new-password" autoFocus {...field} />
          )}
        />
      </Field>
    </AdminFormDialog>
  );
}
