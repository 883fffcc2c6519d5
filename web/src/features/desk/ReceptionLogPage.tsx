import { Button, Checkbox, Form, Input, Space, Table, Tag } from 'antd';
import { useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '../../api/client';
import { formatBusinessDate, formatDateTime, formatNumber } from '../../shared/format';
import { CATEGORY_LABELS, HOST_LABELS, options, OUTCOME_LABELS } from '../../shared/labels';
import { useVisits, type VisitFilters } from './queries';
import { VisitForm } from './VisitForm';
import { DateFilter, SelectFilter } from '../../shared/filters';
import { useSetSearchParams } from '../../shared/search-params';

type Visit = Schemas['ReceptionResponseDto'];

function who(visit: Visit): string {
  if (visit.representativesSealed) {
    return 'Danh tính được bảo mật';
  }
  const first = visit.representatives?.[0]?.fullName ?? '';
  const more = (visit.representatives?.length ?? 0) - 1;
  return more > 0 ? `${first} và ${more} người khác` : first;
}

/** The reception log (sổ tiếp công dân): filters in the address, so a reload or a shared link keeps them. */
export function ReceptionLogPage() {
  const [params] = useSearchParams();
  const searchRef = useRef<HTMLInputElement>(null);
  const filters: VisitFilters = {
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    category: (params.get('category') as VisitFilters['category']) ?? undefined,
    outcome: (params.get('outcome') as VisitFilters['outcome']) ?? undefined,
    awaitingReply: params.get('awaitingReply') === 'true' ? 'true' : undefined,
    q: params.get('q') ?? undefined,
    page: Number(params.get('page') ?? 1) || 1,
  };
  const visits = useVisits(filters);
  const formOpen = params.get('ghi-so') === '1';

  const set = useSetSearchParams({ replace: true, firstPageOnChange: true });

  return (
    <main>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }} wrap>
        <h1 className="page-title" style={{ margin: 0 }}>
          Sổ tiếp công dân
        </h1>
        <Button type="primary" onClick={() => set({ 'ghi-so': '1' })} title="Alt+N">
          Ghi sổ tiếp công dân
        </Button>
      </Space>
      <section aria-label="Bộ lọc">
        <Form layout="vertical" component={false}>
          <Space wrap align="end" size={[16, 0]} className="filter-bar">
            <DateFilter name="from" label="Từ ngày" value={filters.from} set={set} />
            <DateFilter name="to" label="Đến ngày" value={filters.to} set={set} />
            <SelectFilter
              name="category"
              label="Phân loại"
              width={180}
              options={options(CATEGORY_LABELS)}
              value={filters.category}
              onChange={(v) => set({ category: v })}
            />
            <SelectFilter
              name="outcome"
              label="Kết quả"
              width={180}
              options={options(OUTCOME_LABELS)}
              value={filters.outcome}
              onChange={(v) => set({ outcome: v })}
            />
            <Checkbox
              style={{ marginBottom: 30 }}
              checked={filters.awaitingReply === 'true'}
              onChange={(e) => set({ awaitingReply: e.target.checked ? 'true' : undefined })}
            >
              Chờ trả lời
            </Checkbox>
            <Form.Item label="Tìm kiếm" htmlFor="filter-q">
              <Input.Search
                id="filter-q"
                ref={(r) => {
                  searchRef.current = r?.input ?? null;
                }}
                defaultValue={filters.q}
                allowClear
                placeholder="Họ tên hoặc số định danh"
                onSearch={(q) => set({ q: q || undefined })}
                style={{ width: 260 }}
              />
            </Form.Item>
          </Space>
        </Form>
      </section>
      <Table<Visit>
        rowKey="id"
        loading={visits.isPending}
        dataSource={visits.data?.items}
        locale={{ emptyText: 'Chưa có lượt tiếp nào phù hợp.' }}
        pagination={{
          current: filters.page,
          pageSize: 20,
          total: visits.data?.total,
          showTotal: (total) => `${formatNumber(total)} lượt tiếp`,
          onChange: (page) => set({ page: String(page) }),
        }}
        columns={[
          {
            title: 'Thời gian',
            dataIndex: 'visitedAt',
            render: (v: string) => formatDateTime(v),
            width: 150,
          },
          {
            title: 'Trích yếu',
            dataIndex: 'subject',
            render: (subject: string, visit) => <Link to={`/tiep-cong-dan/${visit.id}`}>{subject}</Link>,
          },
          { title: 'Người đến', key: 'who', render: (_, visit) => who(visit) },
          {
            title: 'Số người',
            dataIndex: 'visitorCount',
            render: (n: number, visit) =>
              visit.groupVisit ? <Tag color="purple">Đoàn {formatNumber(n)} người</Tag> : formatNumber(n),
          },
          { title: 'Phân loại', dataIndex: 'category', render: (c: Visit['category']) => CATEGORY_LABELS[c] },
          { title: 'Người tiếp', dataIndex: 'hostedBy', render: (h: Visit['hostedBy']) => HOST_LABELS[h] },
          { title: 'Kết quả', dataIndex: 'outcome', render: (o: Visit['outcome']) => OUTCOME_LABELS[o] },
          {
            title: 'Hạn trả lời',
            key: 'reply',
            render: (_, visit) =>
              visit.awaitingReply ? (
                <Tag color="orange" style={{ color: '#873800' }}>
                  Chờ trả lời, hạn {formatBusinessDate(visit.replyDueDate)}
                </Tag>
              ) : (
                ''
              ),
          },
        ]}
      />
      <VisitForm open={formOpen} onClose={() => set({ 'ghi-so': undefined })} />
    </main>
  );
}
