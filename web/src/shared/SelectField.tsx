import { Select, type SelectProps } from 'antd';
import { Controller, type FieldValues } from 'react-hook-form';
import { Field } from './Field';
import type { FormFieldProps } from './TextField';

/** A drop-down field of a react-hook-form form: labelled, its error (the schema's or the API's) beside it. */
export function SelectField<F extends FieldValues>({
  control,
  name,
  id,
  label,
  error,
  required,
  options,
  allowClear,
}: FormFieldProps<F> & { options: SelectProps['options']; allowClear?: boolean }) {
  return (
    <Field id={id} label={label} error={error} required={required}>
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <Select
            id={id}
            ref={field.ref}
            options={options}
            allowClear={allowClear}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      />
    </Field>
  );
}
