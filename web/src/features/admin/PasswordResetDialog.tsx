import { zodResolver } from '@hookform/resolvers/zod';
import { App as AntApp, Input } from 'antd';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import { Field } from '../../shared/Field';
import { AdminFormDialog } from './AdminFormDialog';
import { showAdminErrors } from './admin-errors';
import type { User } from './queries';
import { resetPasswordSchema, type ResetPasswordValues } from './users.schema';

const FORM_ID = 'password-reset-form';

/** "Đặt lại mật khẩu" (PATCH /users/:id {password}): the dialog stays open until the API has taken it. */
export function PasswordResetDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { message } = AntApp.useApp();
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, formState, setError } = useForm<ResetPasswordValues>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { password: '' },
  });

  const submit = handleSubmit(async ({ password }) => {
    setGeneral([]);
    try {
      await unwrap(api.PATCH('/users/{id}', { params: { path: { id: user.id } }, body: { password } }));
    } catch (error) {
      setGeneral(showAdminErrors(error, setError, ['password']));
      return;
    }
    onClose();
    message.success('Đã lưu');
  });

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
