import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Form, Input, Select, Space, Table, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiError } from '../../api/errors';
import { formatBusinessDate, formatDateTime } from '../../shared/format';
import { options } from '../../shared/labels';
import { CalendarSection } from './CalendarSection';
import { useUsers } from './queries';
import { UnitsSection } from './UnitsSection';
import { UsersSection } from './UsersSection';

function errorText(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Không thực hiện được, vui lòng thử lại.';
}

/** Administration ("Quản trị"): the section in the address (`?muc=`). */
export function AdminPage() {
  const [params, setParams] = useSearchParams();
  const section = params.get('muc') ?? 'nguoi-dung';
  return (
    <main>
      <h1 style={{ fontSize: 22 }}>Quản trị</h1>
      <Tabs
        activeKey={section}
        onChange={(key) => setParams({ muc: key })}
        destroyOnHidden
        items={[
          { key: 'nguoi-dung', label: 'Người dùng', children: <UsersSection /> },
          { key: 'don-vi', label: 'Đơn vị', children: <UnitsSection /> },
          { key: 'lich-nghi', label: 'Lịch nghỉ', children: <CalendarSection /> },
          { key: 'nhat-ky', label: 'Nhật ký', children: <AuditSection /> },
          { key: 'thu', label: 'Thư thông báo', children: <MailSection /> },
        ]}
      />
    </main>
  );
}

function AuditSection() {
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [page, setPage] = useState(1);
  const audit = useQuery({
    queryKey: ['audit', filters, page],
    queryFn: () => unwrap(api.GET('/audit', { params: { query: { ...filters, page, limit: 50 } } })),
  });
  const users = useUsers();
  const name = new Map((users.data?.items ?? []).map((u) => [u.id, `${u.fullName} (${u.username})`]));
  return (
    <>
      <Form
        layout="inline"
        onFinish={(v: Record<string, string | undefined>) => {
          setPage(1);
          setFilters(Object.fromEntries(Object.entries(v).filter(([, x]) => x)) as Record<string, string>);
        }}
        style={{ marginBottom: 12, rowGap: 8 }}
      >
        <Form.Item name="actorId" label="Người thực hiện">
          <Select
            allowClear
            style={{ width: 220 }}
            options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.fullName }))}
          />
        </Form.Item>
        <Form.Item name="action" label="Thao tác">
          <Input placeholder="case.accept" />
        </Form.Item>
        <Form.Item name="entityType" label="Đối tượng">
          <Select
            allowClear
            style={{ width: 150 }}
            options={['user', 'unit', 'case', 'reception', 'calendar_day', 'notification'].map((v) => ({
              value: v,
              label: v,
            }))}
          />
        </Form.Item>
        <Form.Item name="entityId" label="Mã đối tượng">
          <Input />
        </Form.Item>
        <Form.Item name="from" label="Từ ngày">
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="to" label="Đến ngày">
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Button htmlType="submit">Lọc</Button>
      </Form>
      <Table
        aria-label="Nhật ký"
        size="small"
        rowKey="id"
        loading={audit.isLoading}
        dataSource={audit.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 50,
          total: audit.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: 'Thời điểm', key: 'at', render: (_, a) => formatDateTime(a.at) },
          {
            title: 'Người thực hiện',
            key: 'actor',
            render: (_, a) => (a.actorId ? (name.get(a.actorId) ?? a.actorId) : ''),
          },
          { title: 'Thao tác', dataIndex: 'action' },
          {
            title: 'Đối tượng',
            key: 'entity',
            render: (_, a) =>
              a.entityType === 'case' && a.entityId ? (
                <Link to={`/ho-so/${a.entityId}`}>hồ sơ</Link>
              ) : (
                `${a.entityType} ${a.entityId ?? ''}`
              ),
          },
          { title: 'Địa chỉ IP', dataIndex: 'ip' },
        ]}
      />
    </>
  );
}

const STAGE_LABELS: Record<Schemas['NotificationResponse']['stage'], string> = {
  due_soon: 'Sắp đến hạn',
  due_today: 'Đến hạn hôm nay',
  overdue: 'Quá hạn',
  escalation: 'Báo cáo lãnh đạo',
  digest: 'Tổng hợp',
  citizen_notice: 'Thông báo công dân',
};
const MAIL_STATUS_LABELS: Record<Schemas['NotificationResponse']['status'], string> = {
  pending: 'Chờ gửi',
  sent: 'Đã gửi',
  failed: 'Gửi lỗi',
  cancelled: 'Đã hủy',
};

function MailSection() {
  const [status, setStatus] = useState<Schemas['NotificationResponse']['status'] | undefined>();
  const [page, setPage] = useState(1);
  const client = useQueryClient();
  const { message } = AntApp.useApp();
  const mails = useQuery({
    queryKey: ['notifications', status, page],
    queryFn: () => unwrap(api.GET('/notifications', { params: { query: { status, page, limit: 50 } } })),
  });
  const retry = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/notifications/{id}/retry', { params: { path: { id } } })),
    onSuccess: async () => {
      message.success('Đã gửi lại vào hàng đợi');
      await client.invalidateQueries({ queryKey: ['notifications'] });
    },
    onError: (e) => message.error(errorText(e)),
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
