import { Alert, Button, Modal, Space } from 'antd';
import { useState } from 'react';
import { ATTACHMENT_KIND_LABELS, type Attachment } from './upload';

/** The name a user sees: the file's, or none for a sealed document (a name may hold the denunciator's). */
export function displayName(a: Attachment): string {
  return a.sealed || !a.fileName ? 'Tài liệu được bảo mật' : a.fileName;
}

/**
 * "Xem tài liệu": a PDF in the browser's own viewer (an iframe of `GET /attachments/:id/content`, served
 * `inline`) or an image, in the page. A sealed document opens only after "Mở tài liệu", since each read is
 * logged (`attachment.read`) and the list offers it only to those who may reveal the identity.
 */
export function AttachmentPreview({
  attachment,
  onClose,
}: {
  attachment: Attachment | null;
  onClose: () => void;
}) {
  return (
    <Modal
      open={attachment !== null}
      onCancel={onClose}
      title={attachment ? `Xem tài liệu: ${displayName(attachment)}` : 'Xem tài liệu'}
      width="min(1000px, calc(100vw - 32px))"
      style={{ top: 24 }}
      destroyOnHidden
      footer={null}
    >
      {attachment && <PreviewBody key={attachment.id} a={attachment} onClose={onClose} />}
    </Modal>
  );
}

function PreviewBody({ a, onClose }: { a: Attachment; onClose: () => void }) {
  const [opened, setOpened] = useState(!a.sealed);
  const name = displayName(a);
  const kind = ATTACHMENT_KIND_LABELS[a.kind];
  return (
    <>
      {a.sealed && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${kind} của hồ sơ bảo mật danh tính người tố cáo`}
          description="Chỉ người được xem danh tính mới mở được tài liệu này; mỗi lần mở được ghi vào nhật ký."
        />
      )}
      {!opened ? (
        <Button type="primary" onClick={() => setOpened(true)} autoFocus>
          Mở tài liệu
        </Button>
      ) : a.mediaType === 'application/pdf' ? (
        <iframe className="attachment-preview-frame" src={a.contentUrl} title={`Nội dung: ${name}`} />
      ) : (
        <div className="attachment-preview-image">
          <img src={a.contentUrl} alt={`${kind}: ${name}`} />
        </div>
      )}
      <Space style={{ marginTop: 12, width: '100%', justifyContent: 'flex-end' }} wrap>
        {opened && (
          <>
            <a href={a.contentUrl} target="_blank" rel="noopener noreferrer">
              Mở trong thẻ mới
            </a>
            <a href={a.contentUrl} download="">
              Tải xuống
            </a>
          </>
        )}
        <Button onClick={onClose} autoFocus={opened}>
          Đóng
        </Button>
      </Space>
    </>
  );
}
