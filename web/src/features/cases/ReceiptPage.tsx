import { Loading } from '../../app/Loading';
import { Alert, Button, Result } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { Schemas } from '../../api/client';
import { errorSentence } from '../../api/errors';
import { useSession } from '../../app/session';
import { formatBusinessDate, formatDate, formatDateTime, formatTime } from '../../shared/format';
import { isAdministrative, KIND_LABELS, PROCEDURE_LABELS, STATUS_LABELS } from '../../shared/labels';
import { useCase, useUnits } from '../desk/queries';

type Intake = Schemas['IntakeResponseDto'];

function dueLabel(c: Schemas['CaseResponseDto']): string {
  if (isAdministrative(c.kind)) {
    return 'Ngày hẹn trả kết quả';
  }
  return c.status === 'received' ? 'Hạn xem xét thụ lý' : 'Hạn giải quyết';
}

/**
 * "Giấy biên nhận": printable on one A5 page. The tracking pin comes only with the intake's answer (it is never
 * stored in clear), so it shows right after "Tiếp nhận" and never again.
 */
export function ReceiptPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  // Kept in memory only: the history entry forgets it at once, so a reload or "back" never shows the pin again.
  const [intake] = useState(() => (location.state as { intake?: Intake } | null)?.intake);
  useEffect(() => {
    if (location.state) {
      void navigate(location.pathname, { replace: true, state: null });
    }
  }, [location.state, location.pathname, navigate]);
  const fetched = useCase(id);
  const units = useUnits();
  const session = useSession();
  const c = intake?.id === id ? intake : fetched.data;
  if (!c) {
    return fetched.isError ? <Result status="warning" title={errorSentence(fetched.error)} /> : <Loading />;
  }
  const unit = units.data?.find((u) => u.id === c.unitId);
  const pin = intake?.id === id ? intake.trackingPin : null;
  const lookupUrl = `${window.location.origin}/app/tra-cuu`;
  const applicant = c.applicantSealed
    ? 'Danh tính được bảo mật'
    : c.anonymous
      ? 'Đơn nặc danh'
      : c.applicant?.fullName;

  return (
    <main>
      <div className="no-print receipt-actions">
        <Button type="primary" onClick={() => window.print()} autoFocus>
          In
        </Button>
        <Link to="/ho-so/moi">Tiếp nhận hồ sơ khác</Link>
        {c.receptionId && <Link to={`/tiep-cong-dan/${c.receptionId}`}>Về lượt tiếp công dân</Link>}
      </div>
      {intake && intake.possibleDuplicates.length > 0 && (
        <Alert
          className="no-print"
          type="warning"
          showIcon
          style={{ marginBottom: 12, maxWidth: 640 }}
          title="Có thể trùng"
          description={
            <span>
              Người nộp đơn có hồ sơ khác:{' '}
              {intake.possibleDuplicates.map((d, i) => (
                <span key={d.id}>
                  {i > 0 && ', '}
                  <Link to={`/ho-so/${d.id}`}>{d.code}</Link> (
                  {STATUS_LABELS[d.status as keyof typeof STATUS_LABELS]}, {formatDate(d.receivedAt)})
                </span>
              ))}
              .
            </span>
          }
        />
      )}
      <article className="receipt" aria-label="Giấy biên nhận">
        <header className="receipt-header">
          <div>
            <div>ỦY BAN NHÂN DÂN</div>
            <div className="receipt-strong">{unit?.name.toUpperCase() ?? ''}</div>
          </div>
          <div>
            <div className="receipt-strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
            <div className="receipt-motto">Độc lập - Tự do - Hạnh phúc</div>
          </div>
        </header>
        <h1 className="receipt-title">
          GIẤY BIÊN NHẬN HỒ SƠ
          <br />
          VÀ HẸN TRẢ KẾT QUẢ
        </h1>
        <dl className="receipt-fields">
          <dt>Mã hồ sơ</dt>
          <dd className="receipt-code">{c.code}</dd>
          <dt>Mã tra cứu</dt>
          <dd className={pin ? 'receipt-code' : undefined}>
            {pin ?? 'Chỉ in một lần khi tiếp nhận; liên hệ bộ phận tiếp nhận nếu bị mất.'}
          </dd>
          <dt>Người nộp</dt>
          <dd>{applicant}</dd>
          <dt>Loại hồ sơ</dt>
          <dd>{KIND_LABELS[c.kind]}</dd>
          {c.procedure && (
            <>
              <dt>Thủ tục</dt>
              <dd>{PROCEDURE_LABELS[c.procedure]}</dd>
            </>
          )}
          <dt>Trích yếu</dt>
          <dd>{c.subject}</dd>
          <dt>Tiếp nhận lúc</dt>
          <dd>{formatDateTime(c.receivedAt)}</dd>
          <dt>{dueLabel(c)}</dt>
          <dd className="receipt-strong">{c.dueDate ? formatBusinessDate(c.dueDate) : 'Không tính hạn'}</dd>
        </dl>
        <p>
          Tra cứu tình trạng hồ sơ tại <strong>{lookupUrl}</strong> bằng mã hồ sơ và mã tra cứu.
        </p>
        <p className="receipt-place">
          Ngày{' '}
          {formatDate(c.receivedAt)
            .replace(/\//g, ' tháng ')
            .replace(/ tháng (\d{4})$/, ' năm $1')}
          , lúc {formatTime(c.receivedAt)}
        </p>
        <footer className="receipt-signatures">
          <div>
            <div className="receipt-strong">NGƯỜI NỘP HỒ SƠ</div>
            <div className="receipt-sign">(Ký, ghi rõ họ tên)</div>
          </div>
          <div>
            <div className="receipt-strong">NGƯỜI TIẾP NHẬN</div>
            <div className="receipt-sign">(Ký, ghi rõ họ tên)</div>
            <div>{session.data?.fullName}</div>
          </div>
        </footer>
      </article>
    </main>
  );
}
