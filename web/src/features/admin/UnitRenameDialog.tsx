import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Input } from 'antd';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import type { Unit } from '../reports/queries';
import { Field } from '../../shared/Field';
import { AdminFormDialog } from './AdminFormDialog';
import { showAdminErrors } from './admin-errors';
import { adminKeys } from './queries';
import { renameUnitSchema, type RenameUnitValues } from './units.schema';

const FORM_ID = 'unit-rename-form';

/** "Đổi tên đơn vị" (PATCH /units/:id {name}): the code, level and place in the tree stay. */
export function UnitRenameDialog({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const client = useQueryClient();
  const { message } = AntApp.useApp();
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, formState, setError } = useForm<RenameUnitValues>({
    resolver: zodResolver(renameUnitSchema),
    defaultValues: { name: unit.name },
  });

  const submit = handleSubmit(async ({ name }) => {
    setGeneral([]);
    try {
      await unwrap(api.PATCH('/units/{id}', { params: { path: { id: unit.id } }, body: { name } }));
    } catch (error) {
      setGeneral(showAdminErrors(error, setError, ['name']));
      return;
    }
    onClose();
    message.success('Đã đổi tên đơn vị');
    await client.invalidateQueries({ queryKey: adminKeys.units });
  });

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
