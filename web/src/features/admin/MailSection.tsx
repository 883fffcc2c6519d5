import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorSentence } from '../../api/errors';
import { formatBusinessDate } from '../../shared/format';
import { options } from '../../shared/labels';
import { adminKeys, type MailStatus } from './queries';

const STAGE_LABELS: Record<Schemas['NotificationResponse']['stage'], string> = {
  due_soon: 'Sắp đến hạn',
  due_today: 'Đến hạn hôm nay',
  overdue: 'Quá hạn',
  escalation: 'Báo cáo lãnh đạo',
  digest: 'Tổng hợp',
  citizen_notice: 'Thông báo công dân',
};
const MAIL_STATUS_LABELS: Record<MailStatus, string> = {
  pending: 'Chờ gửi',
  sent: 'Đã gửi',
  failed: 'Gửi lỗi',
  cancelled: 'Đã hủy',
};

/** "Thư thông báo": the mail outbox by status; a failed mail is queued again with "Gửi lại". */
export function MailSection() {
  const [status, setStatus] = useState<MailStatus | undefined>();
  const [page, setPage] = useState(1);
  const client = useQueryClient();
  const { message } = AntApp.useApp();
  const mails = useQuery({
    queryKey: adminKeys.mailPage(status, page),
    queryFn: () => unwrap(api.GET('/notifications', { params: { query: { status, page, limit: 50 } } })),
  });
  const retry = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/notifications/{id}/retry', { params: { path: { id } } })),
    onSuccess: async () => {
      message.success('Đã gửi lại vào hàng đợi');
      await client.invalidateQueries({ queryKey: adminKeys.mails });
    },
    onError: (e) => message.error(errorSentence(e)),
  });
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Select
          aria-label="Trạng thái thư"
          placeholder="Mọi trạng thái"
          allowClear
          style={{ width: 180 }}
          value={status}
          onChange={(s) => {
            setStatus(s);
            setPage(1);
          }}
          options={options(MAIL_STATUS_LABELS)}
        />
      </Space>
      <Table
        aria-label="Thư thông báo"
        size="small"
        rowKey="id"
        loading={mails.isLoading}
        dataSource={mails.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 50,
          total: mails.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: 'Người nhận', dataIndex: 'recipient' },
          { title: 'Loại', key: 'stage', render: (_, m) => STAGE_LABELS[m.stage] },
          { title: 'Hạn', key: 'deadline', render: (_, m) => formatBusinessDate(m.deadline) },
          { title: 'Trạng thái', key: 'status', render: (_, m) => MAIL_STATUS_LABELS[m.status] },
          { title: 'Số lần gửi', dataIndex: 'attempts' },
          { title: 'Lỗi', key: 'error', render: (_, m) => m.lastError ?? '' },
          {
            title: '',
            key: 'retry',
            render: (_, m) =>
              m.status === 'failed' ? (
                <Button size="small" onClick={() => retry.mutate(m.id)} loading={retry.isPending}>
                  Gửi lại
                </Button>
              ) : null,
          },
        ]}
      />
    </>
  );
}
