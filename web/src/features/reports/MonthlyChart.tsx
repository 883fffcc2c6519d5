import { paintTiming } from './paint';
import { useMonthly } from './queries';

const W = 760;
const H = 220;
const PAD = { left: 40, right: 40, top: 12, bottom: 28 };

/**
 * The twelve months of a year, complaints, denunciations and petitions together: resolved (green) and
 * pending (orange) stacked, the rate as a line on the right axis. A dependency-free SVG with a text table
 * for screen readers.
 */
export function MonthlyChart({
  year,
  periods,
  unitId,
}: {
  year: number;
  periods: 'calendar' | 'official';
  unitId?: string;
}) {
  const monthly = useMonthly(year, periods, unitId);
  if (!monthly.data) {
    return <div style={{ height: H }} aria-busy="true" />;
  }
  const months = monthly.data.months.map((m) => {
    const kntc = m.rows.find((r) => r.kind === 'complaint_denunciation');
    const pakn = m.rows.find((r) => r.kind === 'petition');
    const resolved = (kntc?.resolved ?? 0) + (pakn?.resolved ?? 0);
    const pending = (kntc?.pending ?? 0) + (pakn?.pending ?? 0);
    const total = (kntc?.total ?? 0) + (pakn?.total ?? 0);
    return { month: m.month, resolved, pending, rate: total > 0 ? resolved / total : null };
  });
  const max = Math.max(1, ...months.map((m) => m.resolved + m.pending));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / 12;
  const bar = step * 0.6;
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const rateY = (r: number) => PAD.top + plotH - r * plotH;
  const line = months
    .map((m, i) => (m.rate === null ? null : `${PAD.left + step * i + step / 2},${rateY(m.rate)}`))
    .filter(Boolean)
    .join(' ');
  const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={`Biểu đồ mười hai tháng năm ${year}: đã giải quyết, đang giải quyết và tỷ lệ`}
      >
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} stroke="#8c8c8c" />
        <text x={PAD.left - 6} y={PAD.top + 8} fontSize="11" textAnchor="end" fill="#595959">
          {max}
        </text>
        <text x={W - PAD.right + 4} y={PAD.top + 8} fontSize="11" fill="#595959">
          100%
        </text>
        {months.map((m, i) => {
          const x = PAD.left + step * i + (step - bar) / 2;
          return (
            <g key={m.month}>
              <rect
                x={x}
                y={y(m.resolved)}
                width={bar}
                height={PAD.top + plotH - y(m.resolved)}
                fill="#389e0d"
              />
              <rect
                x={x}
                y={y(m.resolved + m.pending)}
                width={bar}
                height={y(m.resolved) - y(m.resolved + m.pending)}
                fill="#d46b08"
              />
              <text x={x + bar / 2} y={H - 10} fontSize="11" textAnchor="middle" fill="#262626">
                T{m.month}
              </text>
            </g>
          );
        })}
        <polyline points={line} fill="none" stroke="#1d39c4" strokeWidth="2" />
      </svg>
      <figcaption style={{ fontSize: 13 }} {...paintTiming('bao-cao-bieu-do')}>
        <span style={{ color: '#389e0d' }}>■</span> Đã giải quyết <span style={{ color: '#d46b08' }}>■</span>{' '}
        Đang giải quyết <span style={{ color: '#1d39c4' }}>━</span> Tỷ lệ giải quyết (khiếu nại, tố cáo, phản
        ánh)
      </figcaption>
      <table className="sr-only">
        <caption>Số liệu từng tháng năm {year}</caption>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">Tháng {m.month}</th>
              <td>{m.resolved} đã giải quyết</td>
              <td>{m.pending} đang giải quyết</td>
              <td>{m.rate === null ? '—' : percent.format(m.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
