import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Select, Switch } from 'antd';
import { useForm, type PathValue } from 'react-hook-form';
import { api, requestBody, unwrap, type Schemas } from '../../api/client';
import { options, ROLE_LABELS, type Role } from '../../shared/labels';
import { showAdminErrors } from './admin-errors';
import { adminKeys, type User } from './queries';
import { userChangeSchema, type UserChange } from './users.schema';

/**
 * One change made in the users' table (role, unit or active), saved as soon as it is chosen: a refused field
 * keeps the choice with the reason under it; a refusal of the change itself puts the saved value back.
 */
function useUserChange<K extends keyof UserChange>(user: User, name: K, saved: UserChange[K]) {
  const client = useQueryClient();
  const { message } = AntApp.useApp();
  const { handleSubmit, formState, setError, setValue, reset, watch } = useForm<UserChange>({
    resolver: zodResolver(userChangeSchema),
    values: { [name]: saved },
  });
  const submit = handleSubmit(async (values) => {
    try {
      await unwrap(
        api.PATCH('/users/{id}', {
          params: { path: { id: user.id } },
          body: requestBody<Schemas['UpdateUserDto']>({ [name]: values[name] }),
        }),
      );
    } catch (error) {
      const general = showAdminErrors(error, setError, [name]);
      if (general.length > 0) {
        reset();
        message.error(general.join(' '));
      }
      return;
    }
    message.success('Đã lưu');
    await client.invalidateQueries({ queryKey: adminKeys.users });
  });
  return {
    value: watch(name),
    error: formState.errors[name]?.message,
    saving: formState.isSubmitting,
    change: (value: UserChange[K]) => {
      setValue(name, value as PathValue<UserChange, K>);
      void submit();
    },
  };
}

function FieldError({ message }: { message: string | undefined }) {
  return message ? (
    <div role="alert" className="field-error">
      {message}
    </div>
  ) : null;
}

export function RoleControl({ user }: { user: User }) {
  const role = useUserChange(user, 'role', user.role);
  return (
    <>
      <Select<Role>
        aria-label={`Vai trò của ${user.username}`}
        value={role.value}
        status={role.error ? 'error' : undefined}
        style={{ width: 150 }}
        options={options(ROLE_LABELS)}
        onChange={role.change}
      />
      <FieldError message={role.error} />
    </>
  );
}

export function UnitControl({
  user,
  choices,
  unitName,
}: {
  user: User;
  choices: { value: string; label: string }[];
  unitName: Map<string, string>;
}) {
  const unit = useUserChange(user, 'unitId', user.unitId ?? undefined);
  return (
    <>
      <Select<string>
        aria-label={`Đơn vị của ${user.username}`}
        value={unit.value}
        status={unit.error ? 'error' : undefined}
        style={{ width: 240 }}
        options={choices}
        onChange={unit.change}
        labelRender={() => unitName.get(unit.value ?? '') ?? ''}
      />
      <FieldError message={unit.error} />
    </>
  );
}

export function ActiveControl({ user }: { user: User }) {
  const active = useUserChange(user, 'active', user.active);
  return (
    <>
      <Switch
        aria-label={`Hoạt động: ${user.username}`}
        checked={active.value}
        loading={active.saving}
        onChange={active.change}
      />
      <FieldError message={active.error} />
    </>
  );
}
