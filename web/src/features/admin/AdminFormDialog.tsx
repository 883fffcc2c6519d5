import { Alert, Form, Modal } from 'antd';
import type { FormEvent, ReactNode } from 'react';

/**
 * The administration's dialog around one form: its title, "Lưu" and "Hủy", what the API refused that belongs to
 * no field above the fields, and Enter or "Lưu" submitting the form (validated by its zod schema first).
 */
export function AdminFormDialog({
  title,
  formId,
  general,
  submitting,
  onClose,
  onSubmit,
  children,
}: {
  title: string;
  formId: string;
  general: string[];
  submitting: boolean;
  onClose: () => void;
  onSubmit: (event: FormEvent) => Promise<void>;
  children: ReactNode;
}) {
  return (
    <Modal
      open
      title={title}
      okText="Lưu"
      cancelText="Hủy"
      onCancel={onClose}
      okButtonProps={{ htmlType: 'submit', form: formId }}
      confirmLoading={submitting}
    >
      {general.length > 0 && (
        <Alert type="error" showIcon role="alert" title={general.join(' ')} style={{ marginBottom: 12 }} />
      )}
      <form id={formId} onSubmit={(e) => void onSubmit(e)} noValidate>
        <Form layout="vertical" component={false}>
          {children}
        </Form>
      </form>
    </Modal>
  );
}
