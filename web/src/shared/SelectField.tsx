import { Select, type SelectProps } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { FormField, type FormFieldProps } from './Field';

/** A drop-down field of a react-hook-form form: labelled, its error (the schema's or the API's) beside it. */
export function SelectField<F extends FieldValues>({
  options,
  allowClear,
  ...field
}: FormFieldProps<F> & { options: SelectProps['options']; allowClear?: boolean }) {
  return (
    <FormField
      {...field}
      input={(props) => (
        <Select
          id={field.id}
          ref={props.ref}
          options={options}
          allowClear={allowClear}
          value={props.value}
          onChange={props.onChange}
          onBlur={props.onBlur}
        />
      )}
    />
  );
}
