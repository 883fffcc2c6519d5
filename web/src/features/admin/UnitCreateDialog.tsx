import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { api, requestBody, unwrap, type Schemas } from '../../api/client';
import { SelectField } from '../../shared/SelectField';
import { TextField } from '../../shared/TextField';
import { options } from '../../shared/labels';
import { AdminFormDialog } from './AdminFormDialog';
import { useAdminSave } from './admin-save';
import { adminKeys } from './queries';
import {
  createUnitSchema,
  LEVEL_LABELS,
  toCreateUnitBody,
  type CreateUnitInput,
  type CreateUnitValues,
} from './units.schema';

const FORM_ID = 'unit-create-form';
const FIELDS = ['code', 'name', 'level', 'parentId'] as const;

/** "Thêm đơn vị" (POST /units). */
export function UnitCreateDialog({
  unitChoices,
  onClose,
}: {
  unitChoices: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { control, handleSubmit, formState, setError } = useForm<CreateUnitInput, unknown, CreateUnitValues>({
    resolver: zodResolver(createUnitSchema),
    defaultValues: { code: '', name: '' },
  });
  const { general, save } = useAdminSave(setError, FIELDS, onClose);
  const errors = formState.errors;

  const submit = handleSubmit((values) =>
    save(
      () =>
        unwrap(api.POST('/units', { body: requestBody<Schemas['CreateUnitDto']>(toCreateUnitBody(values)) })),
      'Đã thêm đơn vị',
      adminKeys.units,
    ),
  );

  return (
    <AdminFormDialog
      title="Thêm đơn vị"
      formId={FORM_ID}
      general={general}
      submitting={formState.isSubmitting}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField
        control={control}
        name="code"
        id="unit-code"
        label="Mã"
        error={errors.code?.message}
        required
        autoComplete="off"
      />
      <TextField
        control={control}
        name="name"
        id="unit-name"
        label="Tên"
        error={errors.name?.message}
        required
      />
      <SelectField
        control={control}
        name="level"
        id="unit-level"
        label="Cấp"
        error={errors.level?.message}
        required
        options={options(LEVEL_LABELS)}
      />
      <SelectField
        control={control}
        name="parentId"
        id="unit-parentId"
        label="Đơn vị cấp trên"
        error={errors.parentId?.message}
        options={unitChoices}
        allowClear
      />
    </AdminFormDialog>
  );
}
