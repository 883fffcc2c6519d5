import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Result,
  Space,
  Spin,
  Tag,
  Timeline,
} from 'antd';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { ApiError, errorSentence } from '../../api/errors';
import { useSession } from '../../app/session';
import { businessDateOf, formatBusinessDate, formatDateTime, formatNumber } from '../../shared/format';
import { Field } from '../../shared/Field';
import { CHANNEL_LABELS, KIND_LABELS, PROCEDURE_LABELS, STATUS_LABELS } from '../../shared/labels';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { ActionDialog } from './ActionDialog';
import { CorrectionDialog } from './CorrectionDialog';
import {
  ACTION_LABELS,
  CASE_OUTCOME_LABELS,
  COMPLEXITY_LABELS,
  DAY_UNIT_LABELS,
  eventLabel,
  type CaseAction,
} from './case-labels';
import { STALE_MESSAGE } from './case-errors';
import { caseKeys, useCaseDeadline, useCaseDetail, useCaseEvents, useStaff } from './queries';
import { Urgency } from './WorklistPage';

type Detail = Schemas['CaseDetailResponse'];
type Applicant = Schemas['RevealedApplicantDto'];

const ORDER = Object.keys(ACTION_LABELS) as CaseAction[];

function ApplicantItems({ applicant }: { applicant: Applicant }) {
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: 'n', label: 'Họ và tên', children: applicant.fullName },
        { key: 'i', label: 'Số định danh', children: applicant.idNumber ?? '' },
        { key: 'p', label: 'Số điện thoại', children: applicant.phone ?? '' },
        { key: 'e', label: 'Thư điện tử', children: applicant.email ?? '' },
        { key: 'a', label: 'Địa chỉ', children: applicant.address ?? '' },
      ]}
    />
  );
}

/** "Xem danh tính": asks "Lý do xem", calls GET /cases/:id/identity (audited with the reason). */
function SealedIdentity({ c, mayReveal }: { c: Detail; mayReveal: boolean }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<Applicant | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Nhập lý do xem.');
      return;
    }
    const {
      data,
      response,
      error: failure,
    } = await api.GET('/cases/{id}/identity', {
      params: { path: { id: c.id }, query: { reason: reason.trim() as never } },
    });
    if (!response.ok || !data) {
      setError(errorSentence(ApiError.from(response, failure)));
      return;
    }
    setShown(data.applicant);
    setOpen(false);
  };
  if (shown) {
    return <ApplicantItems applicant={shown} />;
  }
  return (
    <>
      <p>Danh tính người tố cáo được bảo mật</p>
      {mayReveal && <Button onClick={() => setOpen(true)}>Xem danh tính</Button>}
      <Modal
        open={open}
        title="Xem danh tính"
        onCancel={() => setOpen(false)}
        destroyOnHidden
        footer={[
          <Button key="cancel" onClick={() => setOpen(false)}>
            Hủy
          </Button>,
          <Button key="ok" type="primary" htmlType="submit" form="reveal-form">
            Xem danh tính
          </Button>,
        ]}
      >
        <form id="reveal-form" onSubmit={(e) => void submit(e)} noValidate>
          <Form layout="vertical" component={false}>
            <p>Mỗi lần xem danh tính người tố cáo đều được ghi nhật ký cùng lý do.</p>
            <Field id="revealReason" label="Lý do xem" error={error ?? undefined} required>
              <Input.TextArea
                id="revealReason"
                rows={2}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </Field>
          </Form>
        </form>
      </Modal>
    </>
  );
}

function Information({ c, names, mayReveal }: { c: Detail; names: Map<string, string>; mayReveal: boolean }) {
  return (
    <Card title={<h2 className="section-title">Thông tin</h2>} size="small" style={{ marginBottom: 16 }}>
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'kind', label: 'Loại hồ sơ', children: KIND_LABELS[c.kind] },
          { key: 'proc', label: 'Thủ tục', children: c.procedure ? PROCEDURE_LABELS[c.procedure] : '—' },
          { key: 'status', label: 'Trạng thái', children: STATUS_LABELS[c.status] },
          { key: 'channel', label: 'Hình thức tiếp nhận', children: CHANNEL_LABELS[c.channel] },
          { key: 'recv', label: 'Ngày tiếp nhận', children: formatDateTime(c.receivedAt) },
          { key: 'acc', label: 'Ngày thụ lý', children: formatDateTime(c.acceptedAt) || '—' },
          {
            key: 'due',
            label: 'Hạn xử lý',
            children: <Urgency row={c} today={businessDateOf(new Date())} />,
          },
          {
            key: 'assignee',
            label: 'Người xử lý',
            children: c.assigneeId ? (names.get(c.assigneeId) ?? '—') : 'Chưa phân công',
          },
          { key: 'cx', label: 'Mức độ phức tạp', children: COMPLEXITY_LABELS[c.complexity] },
          { key: 'ext', label: 'Số lần gia hạn', children: formatNumber(c.extensionCount) },
          { key: 'remote', label: 'Vùng sâu, vùng xa', children: c.remoteArea ? 'Có' : 'Không' },
          {
            key: 'outcome',
            label: 'Kết quả giải quyết',
            children: c.outcome ? CASE_OUTCOME_LABELS[c.outcome] : '—',
          },
          { key: 'decision', label: 'Số quyết định', children: c.decisionNumber ?? '—' },
          { key: 'finished', label: 'Ngày kết thúc', children: formatDateTime(c.finishedAt) || '—' },
          {
            key: 'ontime',
            label: 'Đúng hạn',
            children: c.onTime === null ? '—' : c.onTime ? 'Đúng hạn' : 'Trễ hạn',
          },
          { key: 'subject', label: 'Trích yếu', span: 2, children: c.subject },
          {
            key: 'content',
            label: 'Nội dung',
            span: 2,
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{c.content}</span>,
          },
        ]}
      />
      <h3 className="section-title" style={{ marginTop: 12 }}>
        Người gửi đơn
      </h3>
      {c.applicantSealed ? (
        <SealedIdentity c={c} mayReveal={mayReveal} />
      ) : c.anonymous ? (
        <p>Đơn nặc danh</p>
      ) : c.applicant ? (
        <ApplicantItems applicant={c.applicant} />
      ) : null}
    </Card>
  );
}

function Progress({ id }: { id: string }) {
  const events = useCaseEvents(id);
  return (
    <Card title={<h2 className="section-title">Tiến trình</h2>} size="small" style={{ marginBottom: 16 }}>
      {events.isPending ? (
        <Spin />
      ) : (
        <Timeline
          items={(events.data ?? []).map((e) => ({
            key: e.id,
            children: (
              <div>
                <strong>{eventLabel(e.type)}</strong>
                {e.fromStatus && e.fromStatus !== e.toStatus
                  ? ` · ${STATUS_LABELS[e.fromStatus]} → ${STATUS_LABELS[e.toStatus]}`
                  : e.fromStatus === null
                    ? ` · ${STATUS_LABELS[e.toStatus]}`
                    : ''}
                <div>
                  {e.actorName ?? 'Hệ thống'} · thực hiện {formatDateTime(e.occurredAt)} · ghi nhận{' '}
                  {formatDateTime(e.recordedAt)}
                  {e.dueDate ? ` · hạn ${formatBusinessDate(e.dueDate)}` : ''}
                </div>
                <EventData data={e.data} type={e.type} />
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}

function EventData({ data, type }: { data: Record<string, unknown>; type: string }) {
  const parts: string[] = [];
  const text = (k: string) =>
    typeof data[k] === 'string' || typeof data[k] === 'number' ? String(data[k]) : null;
  if (type === 'note' && text('text')) parts.push(text('text') as string);
  if (text('reason')) parts.push(`Lý do: ${text('reason')}`);
  if (text('days')) parts.push(`Số ngày gia hạn: ${text('days')}`);
  if (text('toAuthority')) parts.push(`Cơ quan nhận: ${text('toAuthority')}`);
  if (text('outcome'))
    parts.push(
      `Kết quả: ${CASE_OUTCOME_LABELS[data.outcome as keyof typeof CASE_OUTCOME_LABELS] ?? text('outcome')}`,
    );
  if (text('summary')) parts.push(`Tóm tắt: ${text('summary')}`);
  if (text('decisionNumber')) parts.push(`Số quyết định: ${text('decisionNumber')}`);
  if (Array.isArray(data.fields))
    parts.push(`Đã sửa: ${(data.fields as string[]).map(fieldName).join(', ')}`);
  return parts.length ? <div style={{ color: '#434343' }}>{parts.join(' · ')}</div> : null;
}

function fieldName(f: string): string {
  return (
    {
      subject: 'trích yếu',
      content: 'nội dung',
      'applicant.phone': 'số điện thoại',
      'applicant.email': 'thư điện tử',
      'applicant.address': 'địa chỉ',
    }[f] ?? f
  );
}

function Explanation({ title, e }: { title: string; e: Schemas['DeadlineExplanationDto'] }) {
  const unit = DAY_UNIT_LABELS[e.rule.unit] ?? 'ngày';
  return (
    <div style={{ marginBottom: 12 }}>
      <h3 className="section-title">{title}</h3>
      <ul>
        <li>
          Quy định:{' '}
          {e.rule.unit === 'same_day' ? 'giải quyết trong ngày' : `${formatNumber(e.rule.amount)} ${unit}`} (
          {e.rule.legalRef})
        </li>
        <li>Tính từ ngày {formatBusinessDate(e.start)}</li>
        {e.fifteenHundredRule && <li>Nhận sau 15 giờ: tính từ ngày làm việc tiếp theo</li>}
        {e.nonWorkingDaysSkipped.length > 0 && (
          <li>
            Ngày nghỉ không tính ({formatNumber(e.nonWorkingDaysSkipped.length)}):{' '}
            {e.nonWorkingDaysSkipped.map(formatBusinessDate).join(', ')}
          </li>
        )}
        {e.pausedDays > 0 && <li>Thời gian tạm đình chỉ không tính: {formatNumber(e.pausedDays)} ngày</li>}
        {e.pausedSince && <li>Đang tạm đình chỉ từ {formatBusinessDate(e.pausedSince)}</li>}
        {e.extensionDays > 0 && (
          <li>
            Gia hạn: {formatNumber(e.extensionDays)} {unit}
          </li>
        )}
        {e.rolledForwardFrom && (
          <li>
            Hạn {formatBusinessDate(e.rolledForwardFrom)} rơi vào ngày nghỉ, chuyển sang ngày làm việc tiếp
            theo
          </li>
        )}
        {e.rawEnd && <li>Hạn tính được: {formatBusinessDate(e.rawEnd)}</li>}
        {e.provisional && <li>Hạn tạm tính (lịch nghỉ năm sau chưa được xác nhận)</li>}
      </ul>
    </div>
  );
}

function Deadline({ id }: { id: string }) {
  const d = useCaseDeadline(id);
  return (
    <Card title={<h2 className="section-title">Thời hạn</h2>} size="small" style={{ marginBottom: 16 }}>
      {d.isPending || !d.data ? (
        <Spin />
      ) : (
        <>
          <p>
            {d.data.dueDate ? (
              <>
                Hạn đang chạy: <strong>{formatBusinessDate(d.data.dueDate)}</strong>
                {d.data.clock === 'acceptance' ? ' (hạn thụ lý)' : ' (hạn giải quyết)'}
              </>
            ) : (
              'Không có thời hạn đang chạy.'
            )}
          </p>
          {d.data.acceptance && <Explanation title="Hạn thụ lý" e={d.data.acceptance} />}
          {d.data.resolution && <Explanation title="Hạn giải quyết" e={d.data.resolution} />}
          {d.data.pauses.length > 0 && (
            <p>
              Tạm đình chỉ:{' '}
              {d.data.pauses
                .map((p) => `${formatBusinessDate(p.from)} – ${p.to ? formatBusinessDate(p.to) : 'nay'}`)
                .join('; ')}
            </p>
          )}
          {d.data.extensions.length > 0 && (
            <p>Các lần gia hạn: {d.data.extensions.map((x) => `${formatNumber(x.days)} ngày`).join('; ')}</p>
          )}
        </>
      )}
    </Card>
  );
}

function Notes({ c }: { c: Detail }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError('Nhập nội dung ghi chú.');
      return;
    }
    const { response } = await api.POST('/cases/{id}/notes', {
      params: { path: { id: c.id } } as never,
      body: { text: text.trim() },
    });
    if (!response.ok) {
      setError('Không lưu được ghi chú. Vui lòng thử lại.');
      return;
    }
    setText('');
    setError(null);
    message.success('Đã thêm ghi chú.');
    await queryClient.invalidateQueries({ queryKey: caseKeys.events(c.id) });
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Form layout="vertical" component={false}>
        <Field
          id="note"
          label="Ghi chú nội bộ"
          error={error ?? undefined}
          extra="Chỉ cán bộ xem được; không gửi cho công dân."
        >
          <Input.TextArea id="note" rows={2} value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        <Button htmlType="submit">Thêm ghi chú</Button>
      </Form>
    </form>
  );
}

/** The case page: "Thông tin", "Tiến trình", "Thời hạn", and the actions the API allows this user now. */
export function CasePage() {
  const { id = '' } = useParams();
  const session = useSession();
  const detail = useCaseDetail(id);
  const staff = useStaff();
  const [action, setAction] = useState<CaseAction | null>(null);
  const [stale, setStale] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  if (detail.isPending) {
    return <Spin />;
  }
  if (detail.isError || !detail.data) {
    return <Result status="warning" title={errorSentence(detail.error)} />;
  }
  const c = detail.data;
  const names = new Map((staff.data ?? []).map((p) => [p.id, p.fullName]));
  const me = session.data;
  const mayReveal = me?.role === 'leader' || (me?.role === 'inspector' && me.id === c.assigneeId);
  const actions = ORDER.filter((a) => c.allowedActions.includes(a));
  return (
    <main>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }} wrap>
        <div>
          <h1 className="page-title" style={{ margin: 0 }}>
            {c.code}
          </h1>
          <Space>
            <Tag color="blue">{STATUS_LABELS[c.status]}</Tag>
            <span>{c.subject}</span>
          </Space>
        </div>
        <Space>
          {c.canEdit && <Button onClick={() => setCorrecting(true)}>Sửa thông tin</Button>}
          <Link to="/ho-so">← Danh sách hồ sơ</Link>
        </Space>
      </Space>
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={STALE_MESSAGE}
          closable={{ onClose: () => setStale(false) }}
          style={{ marginBottom: 12 }}
        />
      )}
      {actions.length > 0 && (
        <section aria-label="Thao tác" style={{ marginBottom: 16 }}>
          <Space wrap>
            {actions.map((a) => (
              <Button key={a} type={a === actions[0] ? 'primary' : 'default'} onClick={() => setAction(a)}>
                {ACTION_LABELS[a]}
              </Button>
            ))}
          </Space>
        </section>
      )}
      <Information c={c} names={names} mayReveal={mayReveal} />
      <Deadline id={c.id} />
      <AttachmentsPanel parent="cases" id={c.id} />
      <Progress id={c.id} />
      {c.canEdit && (
        <Card title={<h2 className="section-title">Ghi chú</h2>} size="small">
          <Notes c={c} />
        </Card>
      )}
      {correcting && (
        <CorrectionDialog c={c} onClose={() => setCorrecting(false)} onStale={() => setStale(true)} />
      )}
      {action && (
        <ActionDialog
          target={c}
          action={action}
          onClose={() => setAction(null)}
          onStale={() => setStale(true)}
        />
      )}
    </main>
  );
}
