import { zodResolver } from '@hookform/resolvers/zod';
import { Input } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import type { Unit } from '../reports/queries';
import { Field } from '../../shared/Field';
import { AdminFormDialog } from './AdminFormDialog';
import { useAdminSave } from './admin-save';
import { adminKeys } from './queries';
import { renameUnitSchema, type RenameUnitValues } from './units.schema';

const FORM_ID = 'unit-rename-form';

/** "Đổi tên đơn vị" (PATCH /units/:id {name}): the code, level and place in the tree stay. */
export function UnitRenameDialog({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const { control, handleSubmit, formState, setError } = useForm<RenameUnitValues>({
    resolver: zodResolver(renameUnitSchema),
    defaultValues: { name: unit.name },
  });
  const { general, save } = useAdminSave(setError, ['name'], onClose);

  const submit = handleSubmit(({ name }) =>
    save(
      () => unwrap(api.PATCH('/units/{id}', { params: { path: { id: unit.id } }, body: { name } })),
      'Đã đổi tên đơn vị',
      adminKeys.units,
    ),
  );

  return (
    <AdminFormDialog
      title="Đổi tên đơn vị"
      formId={FORM_ID}
      general={general}
      submitting={formState.isSubmitting}
      onClose={onClose}
      onSubmit={submit}
    >
      <Field id="rename-name" label="Tên" error={formState.errors.name?.message} required>
        <Controller
          name="name"
          control={control}
          render={({ field }) => <Input id="rename-name" autoFocus {...field} />}
        />
      </Field>
    </AdminFormDialog>
  );
}
