import { zodResolver } from '@hookform/resolvers/zod';
import { Input } from 'antd';
import { useForm } from 'react-hook-form';
import { api, requestBody, unwrap, type Schemas } from '../../api/client';
import { fieldsOf, FormField } from '../../shared/Field';
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
  const field = fieldsOf(control, formState.errors, 'user');
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
      <TextField {...field('username')} label="Tên đăng nhập" required autoComplete="off" />
      <TextField {...field('fullName')} label="Họ và tên" required />
      <FormField
        {...field('password')}
        label="Mật khẩu"
        required
        input={(props) => <Input.Password id="user-password" autoComplete="new-password" {...props} />}
      />
      <SelectField {...field('role')} label="Vai trò" required options={options(ROLE_LABELS)} />
      <SelectField
        {...field('unitId')}
        label="Đơn vị"
        required={role !== undefined && role !== 'admin'}
        options={unitChoices}
        allowClear
      />
      <FormField
        {...field('email')}
        label="Thư điện tử"
        input={(props) => <Input id="user-email" {...props} value={props.value ?? ''} />}
      />
    </AdminFormDialog>
  );
}
