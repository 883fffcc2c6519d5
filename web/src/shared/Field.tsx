import { Form } from 'antd';
import type { ReactNode } from 'react';

/** A labelled form field: the label is tied to the input by `id`, the error shown beside it. */
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
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      required={required}
      validateStatus={error ? 'error' : undefined}
      help={error}
      extra={extra}
      style={{ marginBottom: 14 }}
    >
      {children}
    </Form.Item>
  );
}
