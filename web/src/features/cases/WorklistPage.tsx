import { ClockCircleOutlined, ExclamationCircleOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Select, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '../../api/client';
import { useSession } from '../../app/session';
import {
  businessDateOf,
  deadlineText,
  formatBusinessDate,
  formatDate,
  formatNumber,
} from '../../shared/format';
import {
  isAdministrative,
  KIND_LABELS,
  options,
  PROCEDURE_LABELS,
  PROCEDURES_BY_KIND,
  STATUS_LABELS,
  type CaseKind,
  type CaseProcedure,
  type CaseStatus,
} from '../../shared/labels';
import { unitsInScope, useUnits } from '../reports/queries';
import { ActionDialog, type ActionTarget } from './ActionDialog';
import { STALE_MESSAGE } from './case-errors';
import { useCaseCount, useCases, useStaff, type CaseFilters } from './queries';
import { DateFilter, SelectFilter } from '../../shared/filters';
import { useSetSearchParams } from '../../shared/search-params';

type Row = Schemas['CaseResponseDto'];

/** The reminder window of the worklist ("Sắp đến hạn"), in calendar days. */
export const SOON_DAYS = 3;

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

type TabKey = 'cua-toi' | 'chua-phan-cong' | 'sap-den-han' | 'qua-han' | 'tat-ca';

const TABS: { key: TabKey; label: string }[] = [
  { key: 'cua-toi', label: 'Của tôi' },
  { key: 'chua-phan-cong', label: 'Chưa phân công' },
  { key: 'sap-den-han', label: 'Sắp đến hạn' },
  { key: 'qua-han', label: 'Quá hạn' },
  { key: 'tat-ca', label: 'Tất cả' },
];

function tabFilters(tab: TabKey, me: string | undefined, today: string): CaseFilters {
  switch (tab) {
    case 'cua-toi':
      return { assigneeId: me };
    case 'chua-phan-cong':
      return { unassigned: 'true' };
    case 'sap-den-han':
      return { overdue: 'false', dueBefore: addDays(today, SOON_DAYS + 1) };
    case 'qua-han':
      return { overdue: 'true' };
    default:
      return {};
  }
}

const FINISHED: CaseStatus[] = ['resolved', 'withdrawn', 'terminated', 'rejected', 'transferred'];

/** Urgency by icon and text as well as colour: overdue, due within the reminder window, the rest. */
export function Urgency({ row, today }: { row: Pick<Row, 'dueDate' | 'status' | 'kind'>; today: string }) {
  if (FINISHED.includes(row.status)) {
    return (
      <Tag icon={<CheckCircleOutlined aria-hidden />} color="default">
        Đã kết thúc
      </Tag>
    );
  }
  const { text, urgency } = deadlineText(row.dueDate, today, SOON_DAYS);
  const date = formatBusinessDate(row.dueDate);
  if (urgency === 'overdue') {
    return (
      <Tag icon={<ExclamationCircleOutlined aria-hidden />} color="red" style={{ color: '#a8071a' }}>
        {date} · {text}
      </Tag>
    );
  }
  if (urgency === 'today' || urgency === 'soon') {
    return (
      <Tag icon={<ClockCircleOutlined aria-hidden />} color="orange" style={{ color: '#873800' }}>
        {date} · {text}
      </Tag>
    );
  }
  return <span>{date ? `${date} · ${text}` : text}</span>;
}

/** The worklist: tabs with counts, search and filters in the address, sorted by due date by default. */
export function WorklistPage() {
  const session = useSession();
  const me = session.data;
  const staff = useStaff();
  const [params] = useSearchParams();
  const [returning, setReturning] = useState<ActionTarget | null>(null);
  const [stale, setStale] = useState(false);
  const today = businessDateOf(new Date());
  const tab = (TABS.find((t) => t.key === params.get('tab'))?.key ?? 'tat-ca') as TabKey;
  const units = useUnits();
  const scope = unitsInScope(units.data ?? [], me?.unitId);
  const param = (key: string) => params.get(key) ?? undefined;
  const kind = param('kind') as CaseKind | undefined;
  const common: CaseFilters = {
    kind,
    procedure: param('procedure') as CaseProcedure | undefined,
    status: param('status') as CaseStatus | undefined,
    unitId: param('unitId'),
    assigneeId: param('assigneeId'),
    receivedFrom: param('receivedFrom'),
    receivedTo: param('receivedTo'),
    dueAfter: param('dueAfter'),
    dueBefore: param('dueBefore'),
    q: param('q'),
  };
  const filters: CaseFilters = {
    ...common,
    ...tabFilters(tab, me?.id, today),
    sort: (params.get('sort') as CaseFilters['sort']) ?? 'dueDate',
    page: Number(params.get('page') ?? 1) || 1,
  };
  const cases = useCases(filters);
  const counts = {
    'cua-toi': useCaseCount({ ...common, ...tabFilters('cua-toi', me?.id, today) }),
    'chua-phan-cong': useCaseCount({ ...common, ...tabFilters('chua-phan-cong', me?.id, today) }),
    'sap-den-han': useCaseCount({ ...common, ...tabFilters('sap-den-han', me?.id, today) }),
    'qua-han': useCaseCount({ ...common, ...tabFilters('qua-han', me?.id, today) }),
    'tat-ca': useCaseCount(common),
  };
  const names = new Map((staff.data ?? []).map((p) => [p.id, p.fullName]));
  const clerk = me?.role === 'clerk';
  const set = useSetSearchParams({ replace: true, firstPageOnChange: true });

  return (
    <main>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }} wrap>
        <h1 className="page-title" style={{ margin: 0 }}>
          Hồ sơ
        </h1>
        {me?.role !== 'admin' && (
          <Link to="/ho-so/moi">
            <Button type="primary">Tiếp nhận hồ sơ</Button>
          </Link>
        )}
      </Space>
      {clerk && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="Hồ sơ hẹn trả hôm nay và ngày mai ở đầu danh sách. Hồ sơ nhận sau 15 giờ được tính từ ngày làm việc tiếp theo."
        />
      )}
      {stale && (
        <Alert type="warning" showIcon role="alert" title={STALE_MESSAGE} style={{ marginBottom: 12 }} />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => set({ tab: key === 'tat-ca' ? undefined : key })}
        items={TABS.map((t) => ({
          key: t.key,
          label: `${t.label} (${counts[t.key].data === undefined ? '…' : formatNumber(counts[t.key].data ?? 0)})`,
        }))}
      />
      <section aria-label="Bộ lọc">
        <Form layout="vertical" component={false}>
          <Space wrap align="end" size={[16, 0]} className="filter-bar">
            <Form.Item label="Tìm kiếm" htmlFor="filter-q">
              <Input.Search
                id="filter-q"
                defaultValue={filters.q}
                allowClear
                placeholder="Trích yếu, nội dung, họ tên"
                onSearch={(q) => set({ q: q.trim() || undefined })}
                style={{ width: 300 }}
              />
            </Form.Item>
            <SelectFilter
              name="kind"
              label="Loại hồ sơ"
              width={240}
              options={options(KIND_LABELS)}
              value={filters.kind}
              onChange={(v) =>
                set({
                  kind: v,
                  procedure:
                    v && common.procedure && PROCEDURES_BY_KIND[v].includes(common.procedure)
                      ? common.procedure
                      : undefined,
                })
              }
            />
            <SelectFilter
              name="procedure"
              label="Thủ tục"
              width={260}
              notFoundContent={kind ? 'Loại này không có thủ tục' : 'Chọn loại hồ sơ trước'}
              options={(kind ? PROCEDURES_BY_KIND[kind] : []).map((p) => ({
                value: p,
                label: PROCEDURE_LABELS[p],
              }))}
              value={common.procedure}
              onChange={(v) => set({ procedure: v })}
            />
            <SelectFilter
              name="status"
              label="Trạng thái"
              width={200}
              options={options(STATUS_LABELS)}
              value={filters.status}
              onChange={(v) => set({ status: v })}
            />
            <SelectFilter
              name="unit"
              label="Đơn vị"
              width={240}
              options={scope.map((u) => ({
                value: u.id,
                label: `${'\u00a0\u00a0'.repeat(u.depth)}${u.name}`,
              }))}
              value={common.unitId}
              onChange={(v) => set({ unitId: v })}
            />
            <SelectFilter
              name="assignee"
              label="Người xử lý"
              width={240}
              showSearch={{ optionFilterProp: 'label' }}
              options={(staff.data ?? []).map((p) => ({ value: p.id, label: p.fullName }))}
              value={common.assigneeId}
              onChange={(v) => set({ assigneeId: v })}
            />
            <DateFilter name="receivedFrom" label="Nhận từ ngày" value={common.receivedFrom} set={set} />
            <DateFilter name="receivedTo" label="Nhận đến ngày" value={common.receivedTo} set={set} />
            <DateFilter name="dueAfter" label="Hạn từ ngày" value={common.dueAfter} set={set} />
            <DateFilter name="dueBefore" label="Hạn trước ngày" value={common.dueBefore} set={set} />
            <Form.Item label="Sắp xếp" htmlFor="filter-sort">
              <Select
                id="filter-sort"
                style={{ width: 220 }}
                options={[
                  { value: 'dueDate', label: 'Hạn xử lý gần nhất' },
                  { value: '-dueDate', label: 'Hạn xử lý xa nhất' },
                  { value: '-receivedAt', label: 'Tiếp nhận mới nhất' },
                  { value: 'receivedAt', label: 'Tiếp nhận cũ nhất' },
                ]}
                value={filters.sort}
                onChange={(v) => set({ sort: v === 'dueDate' ? undefined : v })}
              />
            </Form.Item>
          </Space>
        </Form>
      </section>
      <Table<Row>
        rowKey="id"
        loading={cases.isPending}
        dataSource={cases.data?.items}
        locale={{ emptyText: 'Không có hồ sơ nào phù hợp.' }}
        pagination={{
          current: filters.page,
          pageSize: 20,
          total: cases.data?.total,
          showSizeChanger: false,
          showTotal: (total) => `${formatNumber(total)} hồ sơ`,
          onChange: (page) => set({ page: String(page) }),
        }}
        columns={[
          {
            title: 'Mã hồ sơ',
            dataIndex: 'code',
            render: (code: string, row) => <Link to={`/ho-so/${row.id}`}>{code}</Link>,
            width: 180,
            onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          },
          {
            title: 'Trích yếu',
            dataIndex: 'subject',
            render: (subject: string, row) => (
              <>
                <div>{subject}</div>
                <small style={{ color: '#595959' }}>
                  {row.applicantSealed
                    ? 'Danh tính được bảo mật'
                    : row.anonymous
                      ? 'Đơn nặc danh'
                      : (row.applicant?.fullName ?? '')}
                  {' · Nhận '}
                  {formatDate(row.receivedAt)}
                </small>
              </>
            ),
          },
          {
            title: 'Loại',
            dataIndex: 'kind',
            render: (kind: CaseKind, row) => (
              <>
                <div>{KIND_LABELS[kind]}</div>
                {row.procedure && (
                  <small style={{ color: '#595959' }}>{PROCEDURE_LABELS[row.procedure]}</small>
                )}
              </>
            ),
          },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            render: (s: CaseStatus) => STATUS_LABELS[s],
            width: 150,
          },
          {
            title: 'Hạn xử lý',
            key: 'due',
            render: (_, row) => <Urgency row={row} today={today} />,
            width: 230,
          },
          {
            title: 'Người xử lý',
            dataIndex: 'assigneeId',
            render: (id: string | null) => (id ? (names.get(id) ?? '—') : 'Chưa phân công'),
          },
          ...(clerk
            ? [
                {
                  title: 'Thao tác',
                  key: 'actions',
                  render: (_: unknown, row: Row) =>
                    isAdministrative(row.kind) && row.status === 'in_progress' ? (
                      <Button
                        size="small"
                        aria-label={`Trả kết quả ${row.code}`}
                        onClick={() => setReturning({ ...row })}
                      >
                        Trả kết quả
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {returning && (
        <ActionDialog
          target={returning}
          action="resolve"
          title="Trả kết quả"
          onClose={() => setReturning(null)}
          onStale={() => setStale(true)}
        />
      )}
    </main>
  );
}
