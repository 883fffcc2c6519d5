import { zodResolver } from '@hookform/resolvers/zod';
import { Input } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import { api, requestBody, unwrap, type Schemas } from '../../api/client';
import { Field } from '../../shared/Field';
import { SelectField } from '../../shared/SelectField';
import { TextField } from '../../shared/TextField';
import { options, ROLE_LABELS } from '../../shared/labels';
import { AdminFormDialog } from './AdminFormDialog';
import { useAdminSave } from './admin-save';
import { adminKeys } from './queries';
import {
  createUserSchema,
  toCreateUserBody,
  type CreateUserInput,
  type CreateUserValues,
} from './users.schema';

const FORM_ID = 'user-create-form';
const FIELDS = ['username', 'fullName', 'password', 'role', 'unitId', 'email'] as const;

/** "Thêm người dùng" (POST /users): nothing is created while a field is refused, here or by the API. */
export function UserCreateDialog({
  unitChoices,
  onClose,
}: {
  unitChoices: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { control, handleSubmit, formState, setError, watch } = useForm<
    CreateUserInput,
    unknown,
    CreateUserValues
  >({
    resolver: zodResolver(createUserSchema),
    defaultValues: { username: '', fullName: '', password: '', email: '' },
  });
  const { general, save } = useAdminSave(setError, FIELDS, onClose);
  const errors = formState.errors;
  const role = watch('role');

  const submit = handleSubmit((values) =>
    save(
      () =>
        unwrap(api.POST('/users', { body: requestBody<Schemas['CreateUserDto']>(toCreateUserBody(values)) })),
      'Đã thêm người dùng',
      adminKeys.users,
    ),
  );

  return (
    <AdminFormDialog
      title="Thêm người dùng"
      formId={FORM_ID}
      general={general}
      submitting={formState.isSubmitting}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField
        control={control}
        name="username"
        id="user-username"
        label="Tên đăng nhập"
        error={errors.username?.message}
        required
        autoComplete="off"
      />
      <TextField
        control={control}
        name="fullName"
        id="user-fullName"
        label="Họ và tên"
        error={errors.fullName?.message}
        required
      />
      <Field id="user-password" label="Mật khẩu" error={errors.password?.message} required>
        <Controller
          name="password"
          control={control}
          render={({ field }) => <Input.Password id="user-password" autoComplete="new-password" {...field} />}
        />
      </Field>
      <SelectField
        control={control}
        name="role"
        id="user-role"
        label="Vai trò"
        error={errors.role?.message}
        required
        options={options(ROLE_LABELS)}
      />
      <SelectField
        control={control}
        name="unitId"
        id="user-unitId"
        label="Đơn vị"
        error={errors.unitId?.message}
        required={role !== undefined && role !== 'admin'}
        options={unitChoices}
        allowClear
      />
      <Field id="user-email" label="Thư điện tử" error={errors.email?.message}>
        <Controller
          name="email"
          control={control}
          render={({ field }) => <Input id="user-email" {...field} value={field.value ?? ''} />}
        />
      </Field>
    </AdminFormDialog>
  );
}
