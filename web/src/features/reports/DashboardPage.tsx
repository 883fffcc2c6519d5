import { Alert, Button, Card, Col, Drawer, Form, Row, Select, Space, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useQueries } from '@tanstack/react-query';
import { useSession } from '../../app/session';
import { Field } from '../../shared/Field';
import { formatBusinessDate, formatDate, formatNumber } from '../../shared/format';
import { STATUS_LABELS } from '../../shared/labels';
import { BUCKET_LABELS, REPORT_KIND_LABELS } from './labels';
import { dashboardView, PERIOD_LABELS, periodRange, type PeriodChoice, type PeriodKind } from './period';
import {
  resolutionQuery,
  unitsInScope,
  useDrillDown,
  useLeaderDays,
  useMonthly,
  useReception,
  useResolution,
  useUnits,
  type Bucket,
  type ReportQuery,
} from './queries';
// The chart (a few kB of SVG) comes with the screen's own chunk, loaded when the dashboard is opened: a chunk
// of its own was asked for and run only after the screen's first render, which then waited for it.
import { MonthlyChart } from './MonthlyChart';
import { paintTiming, useAfterFirstPaint } from './paint';
import { leadersSentence, type ReportKind, type ResolutionRow } from './sentence';
import { useSetSearchParams } from '../../shared/search-params';

const KIND_ORDER: ReportKind[] = [
  'complaint',
  'denunciation',
  'complaint_denunciation',
  'petition',
  'civil_status',
  'certification',
];
const YEARS = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);
const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `Tháng ${i + 1}` }));
const QUARTERS = [1, 2, 3, 4].map((q) => ({ value: q, label: `Quý ${q}` }));

function download(path: string, q: ReportQuery, format: 'xlsx' | 'csv'): string {
  const params = new URLSearchParams({ from: q.from, to: q.to, format });
  if (q.unitId) {
    params.set('unitId', q.unitId);
  }
  return `${path}?${params.toString()}`;
}

/** The leaders' dashboard ("Báo cáo"): the period and unit live in the address. */
export function DashboardPage() {
  const [params] = useSearchParams();
  const session = useSession();
  const units = useUnits();
  const { q, choice, current, month, periods } = dashboardView(params);
  // An inspector reads their own unit only (API.md), not the units under it.
  const tree = unitsInScope(units.data ?? [], session.data?.unitId);
  const scope = session.data?.role === 'inspector' ? tree.filter((u) => u.id === session.data?.unitId) : tree;
  const resolution = useResolution(q);
  const reception = useReception(q);
  const leaderDays = useLeaderDays(month, q.unitId);
  // The chart's figures start with the others rather than after its code has loaded.
  useMonthly(current.year, periods, q.unitId);
  const detail = params.get('chi-tiet');
  const [detailKind, detailBucket] = (detail?.split(':') ?? []) as [ReportKind?, Bucket?];

  const set = useSetSearchParams();
  const later = useAfterFirstPaint(resolution.data !== undefined);
  const choose = (c: PeriodChoice) => {
    const range = periodRange(c);
    set({ from: range.from, to: range.to, 'chi-tiet': undefined, trang: undefined });
  };
  const selectedUnit = scope.find((u) => u.id === (q.unitId ?? session.data?.unitId)) ?? scope[0];
  const children = scope.filter((u) => u.parentId === selectedUnit?.id);

  const number = (row: ResolutionRow, bucket: Bucket, value: number | null) =>
    value === null ? (
      '—'
    ) : (
      // A plain button styled as a link: the table holds about fifty, and antd's Button cost the first paint.
      <button
        type="button"
        className="number-link"
        aria-label={`${REPORT_KIND_LABELS[row.kind]}: ${BUCKET_LABELS[bucket]} ${value}`}
        onClick={() => set({ 'chi-tiet': `${row.kind}:${bucket}`, trang: undefined })}
      >
        {formatNumber(value)}
      </button>
    );

  const rows = resolution.data
    ? KIND_ORDER.map((k) => resolution.data.rows.find((r) => r.kind === k)).filter((r) => r !== undefined)
    : [];

  return (
    <main>
      <h1 style={{ fontSize: 22 }}>Báo cáo kết quả giải quyết</h1>
      <Form layout="vertical">
        <Row gutter={12}>
          <Col xs={24} md={6}>
            <Field id="ky-bao-cao" label="Kỳ báo cáo">
              <Select<PeriodKind>
                id="ky-bao-cao"
                value={choice?.kind}
                placeholder="Khoảng ngày tùy chọn"
                options={Object.entries(PERIOD_LABELS).map(([value, label]) => ({
                  value: value as PeriodKind,
                  label,
                }))}
                onChange={(kind) =>
                  choose({
                    kind,
                    year: current.year,
                    part: kind === 'quarter' ? Math.min(current.part, 4) : current.part,
                  })
                }
              />
            </Field>
          </Col>
          <Col xs={12} md={4}>
            <Field id="nam" label="Năm">
              <Select<number>
                id="nam"
                value={current.year}
                options={YEARS.map((y) => ({ value: y, label: String(y) }))}
                onChange={(year) => choose({ ...current, year })}
              />
            </Field>
          </Col>
          {current.kind === 'month' || current.kind === 'official' ? (
            <Col xs={12} md={4}>
              <Field id="thang" label="Tháng">
                <Select<number>
                  id="thang"
                  value={current.part}
                  options={MONTHS}
                  onChange={(part) => choose({ ...current, part })}
                />
              </Field>
            </Col>
          ) : null}
          {current.kind === 'quarter' ? (
            <Col xs={12} md={4}>
              <Field id="quy" label="Quý">
                <Select<number>
                  id="quy"
                  value={current.part}
                  options={QUARTERS}
                  onChange={(part) => choose({ ...current, part })}
                />
              </Field>
            </Col>
          ) : null}
          <Col xs={24} md={10}>
            <Field id="don-vi" label="Đơn vị">
              <Select<string>
                id="don-vi"
                value={selectedUnit?.id}
                loading={units.isLoading}
                options={scope.map((u) => ({
                  value: u.id,
                  label: `${'\u00a0\u00a0'.repeat(u.depth)}${u.name}`,
                }))}
                onChange={(unitId) => set({ unitId, 'chi-tiet': undefined })}
              />
            </Field>
          </Col>
        </Row>
      </Form>
      <Typography.Paragraph type="secondary">
        Từ {formatBusinessDate(q.from)} đến {formatBusinessDate(q.to)}
        {resolution.data?.unit ? ` — ${resolution.data.unit.name}` : ''}
      </Typography.Paragraph>

      {resolution.isError ? <Alert type="error" title="Không tải được báo cáo." showIcon /> : null}
      {resolution.data ? (
        <>
          <Card size="small" style={{ marginBottom: 16 }}>
            <p data-testid="cau-bao-cao" style={{ fontSize: 16, margin: 0 }} {...paintTiming('bao-cao-cau')}>
              {leadersSentence(resolution.data.rows)}
            </p>
            <p style={{ margin: '8px 0 0' }}>
              {resolution.data.reconciliation.ok ? (
                <strong className="report-ok">Đối chiếu số liệu: khớp</strong>
              ) : (
                <strong className="report-bad">
                  Đối chiếu số liệu: không khớp (
                  {resolution.data.reconciliation.failures
                    .map((f) => `${f.check}: ${f.expected} ≠ ${f.actual}`)
                    .join('; ')}
                  )
                </strong>
              )}
            </p>
          </Card>
          <Space wrap style={{ marginBottom: 12 }}>
            <Button href={download('/reports/resolution', q, 'xlsx')} download>
              Xuất Excel
            </Button>
            <Button href={download('/reports/resolution', q, 'csv')} download>
              Xuất CSV
            </Button>
            <Button href={download('/reports/forms/01-kqgq', q, 'xlsx')} download>
              Mẫu 01/KQGQ
            </Button>
            <Button href={download('/reports/forms/03-kqgq', q, 'xlsx')} download>
              Mẫu 03/KQGQ
            </Button>
          </Space>
          {/* Scrolls sideways on a narrow screen by its wrapper: antd's own `scroll` measures every column. */}
          <div style={{ overflowX: 'auto' }}>
            <Table<ResolutionRow>
              aria-label="Kết quả giải quyết"
              size="small"
              rowKey="kind"
              pagination={false}
              dataSource={rows}
              columns={[
                {
                  title: 'Loại',
                  key: 'kind',
                  render: (_, r) => REPORT_KIND_LABELS[r.kind],
                  onCell: () => paintTiming('bao-cao-bang'),
                },
                { title: 'Kỳ trước', key: 'co', render: (_, r) => number(r, 'carried_over', r.carriedOver) },
                { title: 'Thụ lý mới', key: 'acc', render: (_, r) => number(r, 'accepted', r.accepted) },
                { title: 'Tổng số', key: 'total', render: (_, r) => number(r, 'total', r.total) },
                { title: 'Đã giải quyết', key: 'res', render: (_, r) => number(r, 'resolved', r.resolved) },
                { title: 'Rút đơn', key: 'wd', render: (_, r) => number(r, 'withdrawn', r.withdrawn) },
                { title: 'Đình chỉ', key: 'term', render: (_, r) => number(r, 'terminated', r.terminated) },
                {
                  title: 'Đúng hạn',
                  key: 'ontime',
                  render: (_, r) => number(r, 'resolved_on_time', r.resolvedOnTime),
                },
                { title: 'Đang giải quyết', key: 'pend', render: (_, r) => number(r, 'pending', r.pending) },
                { title: 'Quá hạn', key: 'over', render: (_, r) => number(r, 'overdue', r.overdue) },
                { title: 'Tỷ lệ', key: 'rate', render: (_, r) => r.rateText ?? '—' },
              ]}
            />
          </div>
        </>
      ) : null}

      <Card
        size="small"
        style={{ marginTop: 16 }}
        title={<h2 style={{ fontSize: 16, margin: 0 }}>Mười hai tháng năm {current.year}</h2>}
      >
        <MonthlyChart year={current.year} periods={periods} unitId={q.unitId} />
      </Card>

      {/* Below the first figures (the sentence, the table, the chart): rendered once those are painted. */}
      {later && (
        <>
          {children.length > 0 ? <Comparison units={children} q={q} ready={resolution.isFetched} /> : null}
          <Row gutter={16} style={{ marginTop: 16 }}>
            <Col xs={24} lg={12}>
              <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>Tiếp công dân</h2>}>
                {reception.data ? (
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    <li>
                      {formatNumber(reception.data.visits)} lượt, {formatNumber(reception.data.visitors)}{' '}
                      người
                    </li>
                    <li>
                      Đoàn đông người: {formatNumber(reception.data.groupVisits)} đoàn (
                      {formatNumber(reception.data.groupVisitors)} người)
                    </li>
                    <li>
                      Lãnh đạo tiếp: {formatNumber(reception.data.leaderVisits)} lượt trong{' '}
                      {formatNumber(reception.data.leaderDays)} ngày
                    </li>
                    <li>
                      Tiếp lần đầu {formatNumber(reception.data.firstVisits)}, tiếp nhiều lần{' '}
                      {formatNumber(reception.data.repeatVisits)}
                    </li>
                  </ul>
                ) : null}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card
                size="small"
                title={
                  <h2 style={{ fontSize: 16, margin: 0 }}>
                    Ngày tiếp dân của lãnh đạo, tháng {month.slice(5)}/{month.slice(0, 4)}
                  </h2>
                }
              >
                <Table
                  aria-label="Ngày tiếp dân của lãnh đạo"
                  size="small"
                  rowKey="leaderId"
                  pagination={false}
                  dataSource={leaderDays.data?.leaders ?? []}
                  columns={[
                    { title: 'Lãnh đạo', dataIndex: 'fullName' },
                    {
                      title: 'Số ngày / định mức',
                      key: 'days',
                      render: (_, l) => `${l.daysHeld}/${l.quota}`,
                    },
                    {
                      title: 'Kết quả',
                      key: 'met',
                      render: (_, l) =>
                        l.met ? (
                          <span className="report-ok">Đạt</span>
                        ) : (
                          <span className="report-bad">Chưa đạt</span>
                        ),
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}

      <DrillDown
        q={q}
        kind={detailKind}
        bucket={detailBucket}
        page={Number(params.get('trang') ?? 1) || 1}
        onPage={(page) => set({ trang: String(page) })}
        onClose={() => set({ 'chi-tiet': undefined, trang: undefined })}
      />
    </main>
  );
}

/** The units under the chosen one, the lagging first. */
function Comparison(props: { units: { id: string; name: string }[]; q: ReportQuery; ready: boolean }) {
  const { units, q } = props;
  // After the chosen unit's own figures: the sub-units' reports do not compete with the first paint.
  const reports = useQueries({
    queries: units.map((u) => ({ ...resolutionQuery({ ...q, unitId: u.id }), enabled: props.ready })),
  });
  const rows = units
    .map((u, i) => {
      const data = reports[i].data;
      const kntc = data?.rows.find((r) => r.kind === 'complaint_denunciation');
      const pakn = data?.rows.find((r) => r.kind === 'petition');
      const total = (kntc?.total ?? 0) + (pakn?.total ?? 0);
      const resolved = (kntc?.resolved ?? 0) + (pakn?.resolved ?? 0);
      const overdue = (kntc?.overdue ?? 0) + (pakn?.overdue ?? 0);
      return { id: u.id, name: u.name, total, resolved, overdue, rate: total > 0 ? resolved / total : null };
    })
    .sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2) || a.name.localeCompare(b.name, 'vi'));
  const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 2 });
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      title={<h2 style={{ fontSize: 16, margin: 0 }}>So sánh các đơn vị trực thuộc</h2>}
    >
      <Table
        aria-label="So sánh các đơn vị trực thuộc"
        size="small"
        rowKey="id"
        pagination={false}
        loading={!props.ready || reports.some((r) => r.isLoading)}
        dataSource={rows}
        columns={[
          {
            title: 'Đơn vị',
            key: 'name',
            render: (_, r) => <Link to={`?from=${q.from}&to=${q.to}&unitId=${r.id}`}>{r.name}</Link>,
          },
          {
            title: 'Khiếu nại, tố cáo, phản ánh',
            key: 'ratio',
            render: (_, r) => `${r.resolved}/${r.total}`,
          },
          { title: 'Quá hạn', dataIndex: 'overdue' },
          {
            title: 'Tỷ lệ giải quyết',
            key: 'rate',
            render: (_, r) => (r.rate === null ? '—' : percent.format(r.rate)),
          },
        ]}
      />
    </Card>
  );
}

function DrillDown(props: {
  q: ReportQuery;
  kind?: ReportKind;
  bucket?: Bucket;
  page: number;
  onPage: (page: number) => void;
  onClose: () => void;
}) {
  const { q, kind, bucket, page } = props;
  const open = Boolean(kind && bucket && REPORT_KIND_LABELS[kind] && BUCKET_LABELS[bucket]);
  const cases = useDrillDown(open ? { ...q, kind: kind!, bucket: bucket!, page } : null);
  return (
    <Drawer
      open={open}
      size="large"
      onClose={props.onClose}
      title={open ? `${REPORT_KIND_LABELS[kind!]}: ${BUCKET_LABELS[bucket!]}` : ''}
    >
      <Table
        aria-label="Danh sách hồ sơ"
        size="small"
        rowKey="id"
        loading={cases.isLoading}
        dataSource={cases.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 20,
          total: cases.data?.total ?? 0,
          onChange: props.onPage,
          showSizeChanger: false,
        }}
        columns={[
          {
            title: 'Mã hồ sơ',
            key: 'code',
            render: (_, c) => <Link to={`/ho-so/${c.id}`}>{c.code}</Link>,
          },
          { title: 'Trạng thái', key: 'status', render: (_, c) => STATUS_LABELS[c.status] },
          { title: 'Ngày nhận', key: 'rec', render: (_, c) => formatDate(c.receivedAt) },
          { title: 'Hạn', key: 'due', render: (_, c) => formatBusinessDate(c.dueDate) },
          { title: 'Ngày giải quyết', key: 'done', render: (_, c) => formatDate(c.resolvedAt) },
          {
            title: 'Đúng hạn',
            key: 'ontime',
            render: (_, c) => (c.onTime === null ? '' : c.onTime ? 'Đúng hạn' : 'Trễ hạn'),
          },
        ]}
      />
    </Drawer>
  );
}
