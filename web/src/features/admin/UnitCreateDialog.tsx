import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { api, requestBody, unwrap, type Schemas } from '../../api/client';
import { Field } from '../../shared/Field';
import { options } from '../../shared/labels';
import { showAdminErrors } from './admin-errors';
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
  const client = useQueryClient();
  const { message } = AntApp.useApp();
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, formState, setError } = useForm<CreateUnitInput, unknown, CreateUnitValues>({
    resolver: zodResolver(createUnitSchema),
    defaultValues: { code: '', name: '' },
  });
  const errors = formState.errors;

  const submit = handleSubmit(async (values) => {
    setGeneral([]);
    try {
      await unwrap(
        api.POST('/units', { body: requestBody<Schemas['CreateUnitDto']>(toCreateUnitBody(values)) }),
      );
    } catch (error) {
      setGeneral(showAdminErrors(error, setError, FIELDS));
      return;
    }
    onClose();
    message.success('Đã thêm đơn vị');
    await client.invalidateQueries({ queryKey: adminKeys.units });
  });

  return (
    <Modal
      open
      title="Thêm đơn vị"
      okText="Lưu"
      cancelText="Hủy"
      onCancel={onClose}
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={formState.isSubmitting}
    >
      {general.length > 0 && (
        <Alert type="error" showIcon role="alert" title={general.join(' ')} style={{ marginBottom: 12 }} />
      )}
      <form id={FORM_ID} onSubmit={(e) => void submit(e)} noValidate>
        <Form layout="vertical" component={false}>
          <Field id="unit-code" label="Mã" error={errors.code?.message} required>
            <Controller
              name="code"
              control={control}
              render={({ field }) => <Input id="unit-code" autoComplete="off" {...field} />}
            />
          </Field>
          <Field id="unit-name" label="Tên" error={errors.name?.message} required>
            <Controller
              name="name"
              control={control}
              render={({ field }) => <Input id="unit-name" {...field} />}
            />
          </Field>
          <Field id="unit-level" label="Cấp" error={errors.level?.message} required>
            <Controller
              name="level"
              control={control}
              render={({ field }) => (
                <Select
                  id="unit-level"
                  ref={field.ref}
                  options={options(LEVEL_LABELS)}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
          </Field>
          <Field id="unit-parentId" label="Đơn vị cấp trên" error={errors.parentId?.message}>
            <Controller
              name="parentId"
              control={control}
              render={({ field }) => (
                <Select
                  id="unit-parentId"
                  ref={field.ref}
                  options={unitChoices}
                  allowClear
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
          </Field>
        </Form>
      </form>
    </Modal>
  );
}
