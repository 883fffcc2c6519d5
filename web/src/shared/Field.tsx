import { Form } from 'antd';
import { type ReactNode, useEffect } from 'react';

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
    if (error) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', errorId);
    } else if (input.getAttribute('aria-describedby') === errorId) {
      input.removeAttribute('aria-invalid');
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
