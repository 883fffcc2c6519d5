import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Form, Input, Modal, Select, Space, Table, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, requestBody, unwrap, type Schemas } from '../../api/client';
import { ApiError } from '../../api/errors';
import { formatBusinessDate, formatDateTime } from '../../shared/format';
import { options } from '../../shared/labels';
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

const MONTH_NAMES = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);

function CalendarSection() {
  const [year, setYear] = useState(new Date().getFullYear());
  const client = useQueryClient();
  const { message } = AntApp.useApp();
  const days = useQuery({
    queryKey: ['calendar', year],
    queryFn: () => unwrap(api.GET('/calendar/days', { params: { query: { year } } })),
  });
  // One dialog for adding, changing (`editing` holds the day's date) and removing a day (`removing`):
  // each shows first what the edit would move (GET /calendar/impact), removal as type=none.
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ date: string; name: string } | null>(null);
  const [form] = Form.useForm<{ date: string; type: 'day_off' | 'working_day'; name: string }>();
  const date = Form.useWatch('date', form);
  const type = Form.useWatch('type', form);
  const validDate = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date);
  const formImpact = useQuery({
    queryKey: ['calendar', 'impact', date, type],
    enabled: adding && validDate && Boolean(type),
    queryFn: () => unwrap(api.GET('/calendar/impact', { params: { query: { date, type } } })),
  });
  const removeImpact = useQuery({
    queryKey: ['calendar', 'impact', removing?.date, 'none'],
    enabled: removing !== null,
    queryFn: () =>
      unwrap(api.GET('/calendar/impact', { params: { query: { date: removing!.date, type: 'none' } } })),
  });
  const impact = removing ? removeImpact : formImpact;
  const close = () => {
    setAdding(false);
    setEditing(null);
    setRemoving(null);
    form.resetFields();
  };
  const openEdit = (d: { date: string; name: string; kind: 'day_off' | 'working_day' }) => {
    form.setFieldsValue({ date: d.date, type: d.kind, name: d.name });
    setEditing(d.date);
    setAdding(true);
  };
  const save = useMutation({
    mutationFn: (v: { date: string; type: 'day_off' | 'working_day'; name: string }) =>
      unwrap(
        api.PUT('/calendar/days/{date}', {
          params: { path: { date: v.date } },
          body: requestBody<Schemas['PutCalendarDayDto']>({ type: v.type, name: v.name }),
        }),
      ),
    onSuccess: async () => {
      close();
      message.success('Đã lưu ngày');
      await client.invalidateQueries({ queryKey: ['calendar'] });
    },
  });
  const remove = useMutation({
    mutationFn: (d: string) => unwrap(api.DELETE('/calendar/days/{date}', { params: { path: { date: d } } })),
    onSuccess: async () => {
      close();
      message.success('Đã xóa ngày');
      await client.invalidateQueries({ queryKey: ['calendar'] });
    },
    onError: (e) => message.error(errorText(e)),
  });
  const confirm = useMutation({
    mutationFn: () =>
      unwrap(api.PUT('/calendar/years/{year}', { params: { path: { year } }, body: { confirmed: true } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['calendar'] }),
  });
  const all = [
    ...(days.data?.daysOff ?? []).map((d) => ({ ...d, type: 'Ngày nghỉ', kind: 'day_off' as const })),
    ...(days.data?.workingDays ?? []).map((d) => ({
      ...d,
      type: 'Ngày làm bù',
      kind: 'working_day' as const,
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<number>
          aria-label="Năm"
          value={year}
          onChange={setYear}
          options={[-1, 0, 1, 2].map((d) => ({
            value: new Date().getFullYear() + d,
            label: String(new Date().getFullYear() + d),
          }))}
        />
        <Button
          type="primary"
          onClick={() => {
            form.resetFields();
            setAdding(true);
          }}
        >
          Thêm ngày
        </Button>
        {days.data && !days.data.confirmed ? (
          <Button onClick={() => confirm.mutate()} loading={confirm.isPending}>
            Xác nhận lịch năm {year}
          </Button>
        ) : null}
        {days.data ? (
          days.data.confirmed ? (
            <span>Lịch năm đã xác nhận</span>
          ) : (
            <span>Lịch năm tạm tính</span>
          )
        ) : null}
      </Space>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 12 }}>
        {MONTH_NAMES.map((label, i) => {
          const inMonth = all.filter((d) => Number(d.date.slice(5, 7)) === i + 1);
          return (
            <section
              key={label}
              aria-label={label}
              style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: 8 }}
            >
              <h2 style={{ fontSize: 14, margin: '0 0 4px' }}>{label}</h2>
              {inMonth.length === 0 ? <span style={{ color: '#595959' }}>Không có</span> : null}
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {inMonth.map((d) => (
                  <li key={d.date}>
                    {formatBusinessDate(d.date)} — {d.name} ({d.type}){' '}
                    <Button
                      size="small"
                      type="link"
                      onClick={() => openEdit(d)}
                      aria-label={`Sửa ${formatBusinessDate(d.date)}`}
                    >
                      Sửa
                    </Button>
                    <Button
                      size="small"
                      type="link"
                      danger
                      onClick={() => setRemoving({ date: d.date, name: d.name })}
                      aria-label={`Xóa ${formatBusinessDate(d.date)}`}
                    >
                      Xóa
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      <Modal
        open={adding || removing !== null}
        title={removing ? 'Xóa ngày' : editing ? 'Sửa ngày' : 'Thêm ngày'}
        okText={removing ? 'Xóa' : 'Lưu'}
        cancelText="Hủy"
        onCancel={close}
        onOk={() => (removing ? remove.mutate(removing.date) : form.submit())}
        okButtonProps={{ disabled: !impact.data, danger: removing !== null }}
        confirmLoading={save.isPending || remove.isPending}
      >
        {save.isError ? <Alert type="error" title={errorText(save.error)} showIcon /> : null}
        {removing ? (
          <p>
            Xóa {formatBusinessDate(removing.date)} — {removing.name} khỏi lịch.
          </p>
        ) : null}
        <Form
          hidden={removing !== null}
          form={form}
          layout="vertical"
          onFinish={(v) => save.mutate(v)}
          initialValues={{ type: 'day_off' }}
        >
          <Form.Item
            name="date"
            label="Ngày"
            extra="Dạng YYYY-MM-DD"
            rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: 'Ngày dạng YYYY-MM-DD' }]}
          >
            <Input disabled={editing !== null} />
          </Form.Item>
          <Form.Item name="type" label="Loại ngày" rules={[{ required: true }]}>
            <Select
              options={[
                { value: 'day_off', label: 'Ngày nghỉ' },
                { value: 'working_day', label: 'Ngày làm bù' },
              ]}
            />
          </Form.Item>
          <Form.Item name="name" label="Tên" rules={[{ required: true, message: 'Nhập tên ngày' }]}>
            <Input />
          </Form.Item>
        </Form>
        {impact.data ? (
          <div role="status">
            <p>
              <strong>{impact.data.openCases} hồ sơ đang giải quyết sẽ đổi hạn</strong>
            </p>
            {impact.data.cases.length > 0 ? (
              <Table
                aria-label="Hồ sơ đổi hạn"
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={impact.data.cases}
                columns={[
                  {
                    title: 'Mã hồ sơ',
                    key: 'code',
                    render: (_, c) => <Link to={`/ho-so/${c.id}`}>{c.code}</Link>,
                  },
                  { title: 'Hạn cũ', key: 'old', render: (_, c) => formatBusinessDate(c.dueDate) },
                  { title: 'Hạn mới', key: 'new', render: (_, c) => formatBusinessDate(c.newDueDate) },
                ]}
              />
            ) : null}
          </div>
        ) : null}
      </Modal>
    </>
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
