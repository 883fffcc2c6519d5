import { Form } from 'antd';
import { type ReactElement, type ReactNode, useEffect } from 'react';
import {
  type Control,
  Controller,
  type ControllerRenderProps,
  type FieldErrors,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';

/**
 * A labelled form field: the label is tied to the input by `id`, the error shown beside it and tied to the input
 * too (`aria-describedby`, `aria-invalid`), so that a screen reader reads why the field was refused when it
 * reaches it. The input is whatever element carries `id` (an antd input, the search box of a select): its
 * attributes are set after each render, since the fields hand their inputs over as render props.
 */
export function Field({
  id,
  label,
  error,
  required,
  extra,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  required?: boolean;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const errorId = `${id}-error`;
  useEffect(() => {
    const input = document.getElementById(id);
    if (!input) {
      return;
    }
    const current = input.getAttribute('aria-describedby');
    const next = describedBy(current, errorId, Boolean(error));
    if (error) {
      input.setAttribute('aria-invalid', 'true');
    } else if (next !== current) {
      input.removeAttribute('aria-invalid'); // the error this field showed is gone
    }
    if (next === current) {
      return;
    }
    if (next) {
      input.setAttribute('aria-describedby', next);
    } else {
      input.removeAttribute('aria-describedby');
    }
  });
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      required={required}
      validateStatus={error ? 'error' : undefined}
      help={error ? <span id={errorId}>{error}</span> : undefined}
      extra={extra}
      style={{ marginBottom: 14 }}
    >
      {children}
    </Form.Item>
  );
}

/** What every field of a react-hook-form form takes: its form, its name, its element id, label and error. */
export interface FormFieldProps<F extends FieldValues> {
  control: Control<F>;
  name: FieldPath<F>;
  id: string;
  label: string;
  error?: string;
  required?: boolean;
}

/**
 * The props a form's field `name` takes from the form (its control, the error the schema or the API gave it) and
 * its element id (`${prefix}-${name}`, which the browser tests and the labels rely on).
 */
export function fieldsOf<F extends FieldValues>(control: Control<F>, errors: FieldErrors<F>, prefix: string) {
  return (name: FieldPath<F> & keyof F) => ({
    control,
    name,
    id: `${prefix}-${String(name)}`,
    error: (errors[name] as { message?: string } | undefined)?.message,
  });
}

/**
 * A field of a react-hook-form form: labelled, its error (the schema's or the API's) beside it, its input drawn by
 * `input` from the form's field (the input carries `id`).
 */
export function FormField<F extends FieldValues>({
  control,
  name,
  id,
  label,
  error,
  required,
  extra,
  input,
}: FormFieldProps<F> & {
  extra?: ReactNode;
  input: (field: ControllerRenderProps<F, FieldPath<F>>) => ReactElement;
}) {
  return (
    <Field id={id} label={label} error={error} required={required} extra={extra}>
      <Controller name={name} control={control} render={({ field }) => input(field)} />
    </Field>
  );
}

/**
 * An input's `aria-describedby` with the field's error id added (while the error shows) or taken out, its own
 * descriptions kept: null when nothing is left.
 */
export function describedBy(current: string | null, errorId: string, shown: boolean): string | null {
  const own = (current ?? '').split(/\s+/).filter((token) => token && token !== errorId);
  const tokens = shown ? [...own, errorId] : own;
  return tokens.length ? tokens.join(' ') : null;
}
