import { Loading } from '../../app/Loading';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, List, Result, Space, Tag } from 'antd';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, requestBody, unwrap, type Schemas } from '../../api/client';
import { errorSentence } from '../../api/errors';
import { formatBusinessDate, formatDateTime, formatNumber } from '../../shared/format';
import {
  CATEGORY_LABELS,
  HOST_LABELS,
  KIND_LABELS,
  OUTCOME_LABELS,
  STATUS_LABELS,
} from '../../shared/labels';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { deskKeys, useLeaders, useVisit } from './queries';

/** One visit of the log: who came, what about, the cases opened from it, the Art. 28 reply, "Mở hồ sơ". */
export function VisitPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const visit = useVisit(id);
  const leaders = useLeaders();
  const cases = useQueries({
    queries: (visit.data?.caseIds ?? []).map((caseId) => ({
      queryKey: ['cases', 'one', caseId],
      queryFn: () => unwrap(api.GET('/cases/{id}', { params: { path: { id: caseId } } })),
    })),
  });
  const justLogged = (location.state as { justLogged?: boolean } | null)?.justLogged === true;

  if (visit.isPending) {
    return <Loading />;
  }
  if (visit.isError) {
    return <Result status="warning" title={errorSentence(visit.error)} />;
  }
  const v = visit.data;
  const reply = async () => {
    try {
      await unwrap(
        api.POST('/receptions/{id}/reply', {
          params: { path: { id } },
          body: requestBody<Schemas['ReplyDto']>({}),
        }),
      );
      await queryClient.invalidateQueries({ queryKey: deskKeys.all });
      message.success('Đã ghi nhận việc trả lời công dân.');
    } catch (error) {
      message.error(errorSentence(error));
    }
  };
  const leaderName = leaders.data?.find((l) => l.id === v.leaderId)?.fullName;

  return (
    <main>
      <p className="no-print">
        <Link to="/tiep-cong-dan">← Sổ tiếp công dân</Link>
      </p>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <h1 className="page-title" style={{ margin: 0 }}>
          Lượt tiếp công dân {formatDateTime(v.visitedAt)}
        </h1>
        <Button
          type="primary"
          autoFocus={justLogged}
          onClick={() => void navigate(`/ho-so/moi?luot-tiep=${v.id}`)}
        >
          Mở hồ sơ
        </Button>
      </Space>
      {justLogged && (
        <Alert
          type="success"
          showIcon
          title="Đã ghi sổ lượt tiếp. Bấm Enter để mở hồ sơ từ lượt tiếp này."
          style={{ margin: '12px 0' }}
        />
      )}
      {v.awaitingReply && (
        <Alert
          type="warning"
          showIcon
          style={{ margin: '12px 0' }}
          title={`Phải trả lời công dân trước ngày ${formatBusinessDate(v.replyDueDate)} (Điều 28 Luật Tiếp công dân).`}
          action={<Button onClick={() => void reply()}>Ghi nhận đã trả lời</Button>}
        />
      )}
      <Descriptions bordered column={2} size="small" style={{ marginTop: 12 }}>
        <Descriptions.Item label="Thời gian tiếp">{formatDateTime(v.visitedAt)}</Descriptions.Item>
        <Descriptions.Item label="Số người">
          {formatNumber(v.visitorCount)} {v.groupVisit && <Tag color="purple">Đoàn đông người</Tag>}
          {v.repeatVisit && <Tag>Đến nhiều lần</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="Phân loại">{CATEGORY_LABELS[v.category]}</Descriptions.Item>
        <Descriptions.Item label="Kết quả">{OUTCOME_LABELS[v.outcome]}</Descriptions.Item>
        <Descriptions.Item label="Người tiếp">
          {HOST_LABELS[v.hostedBy]}
          {leaderName ? `: ${leaderName}` : ''}
          {v.delegated ? ' (ủy quyền)' : ''}
        </Descriptions.Item>
        <Descriptions.Item label="Hạn trả lời">
          {v.replyDueDate
            ? `${formatBusinessDate(v.replyDueDate)}${v.repliedAt ? `, đã trả lời ${formatDateTime(v.repliedAt)}` : ''}`
            : 'Không'}
        </Descriptions.Item>
        <Descriptions.Item label="Trích yếu" span={2}>
          {v.subject}
        </Descriptions.Item>
        <Descriptions.Item label="Nội dung" span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{v.content}</span>
        </Descriptions.Item>
        {v.note && (
          <Descriptions.Item label="Ghi chú" span={2}>
            {v.note}
          </Descriptions.Item>
        )}
      </Descriptions>
      <h2 style={{ fontSize: 18, marginTop: 20 }}>Người đại diện</h2>
      {v.representativesSealed ? (
        <p>Danh tính người tố cáo được bảo mật.</p>
      ) : (
        <List
          bordered
          dataSource={v.representatives ?? []}
          renderItem={(p) => (
            <List.Item>
              <strong>{p.fullName}</strong>
              {p.idNumber && <span> · Số định danh {p.idNumber}</span>}
              {p.phone && <span> · ĐT {p.phone}</span>}
              {p.address && <span> · {p.address}</span>}
            </List.Item>
          )}
        />
      )}
      <div style={{ marginTop: 20 }}>
        <AttachmentsPanel parent="receptions" id={v.id} />
      </div>
      <h2 style={{ fontSize: 18, marginTop: 20 }}>Hồ sơ mở từ lượt tiếp</h2>
      {cases.length === 0 ? (
        <p>Chưa mở hồ sơ nào.</p>
      ) : (
        <List
          bordered
          dataSource={cases}
          renderItem={(q) => (
            <List.Item>
              {q.data ? (
                <span>
                  <Link to={`/ho-so/${q.data.id}`}>
                    <strong>{q.data.code}</strong>
                  </Link>{' '}
                  · {KIND_LABELS[q.data.kind]} · {STATUS_LABELS[q.data.status]} · {q.data.subject}
                </span>
              ) : (
                <Loading inline />
              )}
            </List.Item>
          )}
        />
      )}
    </main>
  );
}
