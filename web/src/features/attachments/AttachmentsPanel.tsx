import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, Select, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { errorSentence } from '../../api/errors';
import { formatBusinessDate, formatDateTime } from '../../shared/format';
import { useStaff } from '../cases/queries';
import { AttachmentPreview, displayName } from './AttachmentPreview';
import {
  ACCEPTED_FILES,
  ATTACHMENT_KIND_LABELS,
  formatSize,
  previewable,
  type Attachment,
  type AttachmentKind as Kind,
} from './upload';

const attachmentKeys = {
  of: (parent: 'cases' | 'receptions', id: string) => ['attachments', parent, id] as const,
};

/**
 * "Hồ sơ đính kèm" of a case or a visit: the list (sealed documents without their names, marked "Bảo mật"),
 * uploads of several files at once with their progress (multipart `file` + `kind`), PDFs and images previewed
 * in a dialog (sealed ones only for those who may reveal the identity, after a warning that the read is
 * logged), other types downloaded, and deleting where the API says `canDelete`.
 */
export function AttachmentsPanel({ parent, id }: { parent: 'cases' | 'receptions'; id: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const staff = useStaff();
  const [kind, setKind] = useState<Kind>('petition');
  const [preview, setPreview] = useState<Attachment | null>(null);
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
        accept={ACCEPTED_FILES}
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
      {list.data?.items.some((a) => a.sealed) && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          title="Tài liệu của hồ sơ bảo mật danh tính người tố cáo: tên tệp được ẩn; chỉ người được xem danh tính mới mở được, mỗi lần mở được ghi vào nhật ký."
        />
      )}
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
              const name = displayName(a);
              const badge = a.sealed ? (
                <Tag style={{ color: '#613400', background: '#fff7e6', borderColor: '#ffd591' }}>Bảo mật</Tag>
              ) : null;
              if (!a.contentReadable) {
                return (
                  <span>
                    {name} {badge}
                  </span>
                );
              }
              return previewable(a.mediaType) ? (
                <span>
                  <Button type="link" className="attachment-name" onClick={() => setPreview(a)}>
                    {name}
                  </Button>{' '}
                  {badge}
                </span>
              ) : (
                <span>
                  <a href={a.contentUrl} download="">
                    {name}
                  </a>{' '}
                  {badge}
                </span>
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
      <AttachmentPreview attachment={preview} onClose={() => setPreview(null)} />
    </Card>
  );
}
