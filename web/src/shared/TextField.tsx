import { Input } from 'antd';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { Field } from './Field';

/** What every field of a react-hook-form form takes: its form, its name, its element id, label and error. */
export interface FormFieldProps<F extends FieldValues> {
  control: Control<F>;
  name: FieldPath<F>;
  id: string;
  label: string;
  error?: string;
  required?: boolean;
}

/** A one-line text field of a react-hook-form form: labelled, its error (the schema's or the API's) beside it. */
export function TextField<F extends FieldValues>({
  control,
  name,
  id,
  label,
  error,
  required,
  autoComplete,
  autoFocus,
}: FormFieldProps<F> & { autoComplete?: string; autoFocus?: boolean }) {
  return (
    <Field id={id} label={label} error={error} required={required}>
      <Controller
        name={name}
        control={control}
        render={({ field }) => <Input id={id} autoComplete={autoComplete} autoFocus={autoFocus} {...field} />}
      />
    </Field>
  );
}
