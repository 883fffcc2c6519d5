import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { api, requestBody, unwrap, type Schemas } from '../../api/client';
import { fieldsOf } from '../../shared/Field';
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
  const field = fieldsOf(control, formState.errors, 'unit');

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
      <TextField {...field('code')} label="Mã" required autoComplete="off" />
      <TextField {...field('name')} label="Tên" required />
      <SelectField {...field('level')} label="Cấp" required options={options(LEVEL_LABELS)} />
      <SelectField {...field('parentId')} label="Đơn vị cấp trên" options={unitChoices} allowClear />
    </AdminFormDialog>
  );
}
