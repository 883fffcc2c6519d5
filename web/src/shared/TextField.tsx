import { Input } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { FormField, type FormFieldProps } from './Field';

/** A one-line text field of a react-hook-form form: labelled, its error (the schema's or the API's) beside it. */
export function TextField<F extends FieldValues>({
  autoComplete,
  autoFocus,
  ...field
}: FormFieldProps<F> & { autoComplete?: string; autoFocus?: boolean }) {
  return (
    <FormField
      {...field}
      input={(props) => <Input id={field.id} autoComplete={autoComplete} autoFocus={autoFocus} {...props} />}
    />
  );
}
