import { Button, Input } from 'antd';
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { Field } from '../../shared/Field';
import type { VisitInput, VisitValues } from './visit.schema';

type PersonKey = 'fullName' | 'idNumber' | 'phone' | 'address';
const FIELDS: { key: PersonKey; label: string; required?: boolean }[] = [
  { key: 'fullName', label: 'Họ và tên', required: true },
  { key: 'idNumber', label: 'Số định danh' },
  { key: 'phone', label: 'Số điện thoại' },
  { key: 'address', label: 'Địa chỉ' },
];

/** The visit's representatives, one group each ("Người đại diện 1"...); "Thêm người đại diện" adds one. */
export function RepresentativesFields({ form }: { form: UseFormReturn<VisitInput, unknown, VisitValues> }) {
  const { control, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'representatives' });
  const errors = formState.errors.representatives;
  return (
    <section aria-label="Người đại diện">
      {fields.map((item, index) => (
        <fieldset key={item.id} className="person-fieldset">
          <legend>Người đại diện {index + 1}</legend>
          <div className="form-grid form-grid-4">
            {FIELDS.map(({ key, label, required }) => {
              const id = `representatives-${index}-${key}`;
              return (
                <Field
                  key={key}
                  id={id}
                  label={label}
                  required={required}
                  error={errors?.[index]?.[key]?.message}
                >
                  <Controller
                    name={`representatives.${index}.${key}`}
                    control={control}
                    render={({ field }) => <Input id={id} {...field} value={field.value ?? ''} />}
                  />
                </Field>
              );
            })}
          </div>
          {fields.length > 1 && (
            <Button size="small" onClick={() => remove(index)}>
              Bỏ người đại diện {index + 1}
            </Button>
          )}
        </fieldset>
      ))}
      {errors?.message && (
        <div role="alert" className="field-error">
          {errors.message}
        </div>
      )}
      {errors?.root?.message && (
        <div role="alert" className="field-error">
          {errors.root.message}
        </div>
      )}
      <Button
        onClick={() => append({ fullName: '', idNumber: '', phone: '', address: '' })}
        style={{ marginBottom: 12 }}
      >
        Thêm người đại diện
      </Button>
    </section>
  );
}
