import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState, type FormEvent } from 'react';
import { api, requestBody, type Schemas } from '../../api/client';
import { errorSentence } from '../../api/errors';
import { Field } from '../../shared/Field';
import { sendCaseChange } from './case-change';

type Detail = Schemas['CaseDetailResponse'];

/**
 * "Sửa thông tin": subject, content and the applicant's contact details (PATCH /cases/:id with the version);
 * only what changed is sent, a sealed or anonymous applicant's details are not offered.
 */
export function CorrectionDialog({
  c,
  onClose,
  onStale,
}: {
  c: Detail;
  onClose: () => void;
  onStale: () => void;
}) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const contact = c.applicant && !c.applicantSealed ? c.applicant : null;
  const [subject, setSubject] = useState(c.subject);
  const [content, setContent] = useState(c.content);
  const [phone, setPhone] = useState(contact?.phone ?? '');
  const [email, setEmail] = useState(contact?.email ?? '');
  const [address, setAddress] = useState(contact?.address ?? '');
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: Record<string, unknown> = { version: c.version };
    if (subject.trim() !== c.subject) body.subject = subject.trim();
    if (content.trim() !== c.content) body.content = content.trim();
    if (contact) {
      const applicant: Record<string, string | null> = {};
      if (phone.trim() !== (contact.phone ?? '')) applicant.phone = phone.trim() || null;
      if (email.trim() !== (contact.email ?? '')) applicant.email = email.trim() || null;
      if (address.trim() !== (contact.address ?? '')) applicant.address = address.trim() || null;
      if (Object.keys(applicant).length > 0) body.applicant = applicant;
    }
    if (Object.keys(body).length === 1) {
      onClose();
      return;
    }
    setBusy(true);
    const refusal = await sendCaseChange(
      queryClient,
      () =>
        api.PATCH('/cases/{id}', {
          params: { path: { id: c.id } } as never,
          body: requestBody<Schemas['UpdateCaseDto']>(body),
        }),
      {
        done: () => {
          message.success('Đã sửa thông tin hồ sơ.');
          onClose();
        },
        stale: () => {
          onStale();
          onClose();
        },
        sentence: errorSentence,
      },
    );
    setBusy(false);
    setGeneral(refusal);
  };

  return (
    <Modal
      open
      title="Sửa thông tin"
      onCancel={onClose}
      destroyOnHidden
      width={640}
      footer={[
        <Button key="cancel" onClick={onClose}>
          Hủy
        </Button>,
        <Button key="ok" type="primary" htmlType="submit" form="correction-form" loading={busy}>
          Lưu
        </Button>,
      ]}
    >
      <form id="correction-form" onSubmit={(e) => void submit(e)} noValidate>
        <Form layout="vertical" component={false}>
          {general && (
            <Alert type="error" showIcon role="alert" title={general} style={{ marginBottom: 12 }} />
          )}
          <Field id="fix-subject" label="Trích yếu" required>
            <Input id="fix-subject" value={subject} onChange={(e) => setSubject(e.target.value)} />
          </Field>
          <Field id="fix-content" label="Nội dung" required>
            <Input.TextArea
              id="fix-content"
              rows={4}
              value={content}
              onChange={(e) => setContent(e.target.value)}
            />
          </Field>
          {contact && (
            <>
              <Field id="fix-phone" label="Số điện thoại">
                <Input id="fix-phone" value={phone} onChange={(e) => setPhone(e.target.value)} />
              </Field>
              <Field id="fix-email" label="Thư điện tử">
                <Input id="fix-email" value={email} onChange={(e) => setEmail(e.target.value)} />
              </Field>
              <Field id="fix-address" label="Địa chỉ">
                <Input id="fix-address" value={address} onChange={(e) => setAddress(e.target.value)} />
              </Field>
            </>
          )}
        </Form>
      </form>
    </Modal>
  );
}
