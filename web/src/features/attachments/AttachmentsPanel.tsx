import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Select, Space, Table, Upload } from 'antd';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorSentence } from '../../api/errors';
import { formatBusinessDate, formatDateTime } from '../../shared/format';
import { useStaff } from '../cases/queries';

type Attachment = Schemas['AttachmentResponse'];
type Kind = Attachment['kind'];

export const ATTACHMENT_KIND_LABELS: Record<Kind, string> = {
  petition: 'Đơn',
  evidence: 'Chứng cứ',
  acceptance_notice: 'Thông báo thụ lý',
  decision: 'Quyết định',
  other: 'Khác',
};

/** Shown by the browser itself (PDF viewer, image): opened in a new tab; the rest is downloaded. */
function previewable(mediaType: string): boolean {
  return mediaType === 'application/pdf' || mediaType.startsWith('image/');
}

function formatSize(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  if (bytes < 1024 * 1024) {
    return `${(bytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`;
  }
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

const attachmentKeys = {
  of: (parent: 'cases' | 'receptions', id: string) => ['attachments', parent, id] as const,
};

/**
 * "Hồ sơ đính kèm" of a case or a visit: the list (sealed documents without their names), uploads of several
 * files at once with their progress (multipart `file` + `kind`), opening PDFs and images in a new tab, and
 * deleting where the API says `canDelete`.
 */
export function AttachmentsPanel({ parent, id }: { parent: 'cases' | 'receptions'; id: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const staff = useStaff();
  const [kind, setKind] = useState<Kind>('petition');
  const key = attachmentKeys.of(parent, id);
  const list = useQuery({
    queryKey: key,
    queryFn: () =>
      parent === 'cases'
        ? unwrap(api.GET('/cases/{id}/attachments', { params: { path: { id }, query: { limit: 100 } } }))
        : unwrap(
            api.GET('/receptions/{id}/attachments', { params: { path: { id }, query: { limit: 100 } } }),
          ),
  });
  const names = new Map((staff.data ?? []).map((p) => [p.id, p.fullName]));
  const remove = async (a: Attachment) => {
    try {
      await unwrap(api.DELETE('/attachments/{id}', { params: { path: { id: a.id } } }));
      message.success('Đã xóa tài liệu.');
    } catch (error) {
      message.error(errorSentence(error));
    }
    await queryClient.invalidateQueries({ queryKey: key });
  };

  return (
    <Card title={<h2 className="section-title">Hồ sơ đính kèm</h2>} size="small" style={{ marginBottom: 16 }}>
      <Space style={{ marginBottom: 8 }} wrap>
        <label htmlFor={`attachment-kind-${id}`}>Loại tài liệu</label>
        <Select<Kind>
          id={`attachment-kind-${id}`}
          value={kind}
          onChange={setKind}
          style={{ minWidth: 180 }}
          options={Object.entries(ATTACHMENT_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Space>
      <Upload.Dragger
        name="file"
        multiple
        action={`/${parent}/${id}/attachments`}
        data={{ kind }}
        withCredentials
        headers={{ 'X-Requested-With': 'citizen-cases-web' }}
        accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,.webp,.docx,.xlsx,.odt"
        onChange={({ file }) => {
          if (file.status === 'done') {
            message.success(`Đã tải lên ${file.name}.`);
            void queryClient.invalidateQueries({ queryKey: key });
          } else if (file.status === 'error') {
            const body = file.response as { message?: string | string[] } | undefined;
            const text = Array.isArray(body?.message) ? body.message.join(' ') : body?.message;
            message.error(`Không tải lên được ${file.name}${text ? `: ${text}` : '.'}`);
          }
        }}
      >
        <p>
          <strong>Tải lên</strong>: kéo thả tệp vào đây hoặc bấm để chọn (PDF, ảnh, DOCX, XLSX, ODT; nhiều tệp
          một lúc)
        </p>
      </Upload.Dragger>
      <Table<Attachment>
        style={{ marginTop: 12 }}
        size="small"
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: list.isError ? errorSentence(list.error) : 'Chưa có tài liệu nào.' }}
        columns={[
          { title: 'Loại', key: 'kind', render: (_, a) => ATTACHMENT_KIND_LABELS[a.kind] },
          {
            title: 'Tài liệu',
            key: 'name',
            render: (_, a) => {
              const name = a.sealed || !a.fileName ? 'Tài liệu được bảo mật' : a.fileName;
              return a.contentReadable ? (
                <a
                  href={a.contentUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  download={previewable(a.mediaType) ? undefined : ''}
                >
                  {name}
                </a>
              ) : (
                name
              );
            },
          },
          { title: 'Dung lượng', key: 'size', render: (_, a) => formatSize(a.size) },
          {
            title: 'Ngày',
            key: 'date',
            render: (_, a) =>
              a.paperDate
                ? `${formatBusinessDate(a.paperDate)} (tải lên ${formatDateTime(a.uploadedAt)})`
                : formatDateTime(a.uploadedAt),
          },
          { title: 'Người tải lên', key: 'by', render: (_, a) => names.get(a.uploadedBy) ?? '' },
          {
            title: 'Thao tác',
            key: 'actions',
            render: (_, a) =>
              a.canDelete ? (
                <Popconfirm
                  title="Xóa tài liệu này?"
                  okText="Xóa"
                  cancelText="Không"
                  onConfirm={() => remove(a)}
                >
                  <Button size="small" danger>
                    Xóa
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
