import { Spin } from 'antd';

/** What shows while a screen or its data loads; screen readers hear "Đang tải". */
export function Loading({ inline = false }: { inline?: boolean }) {
  return (
    <div
      role="status"
      style={inline ? undefined : { display: 'flex', justifyContent: 'center', marginTop: '20vh' }}
    >
      <Spin size={inline ? 'small' : 'large'} />
      <span className="sr-only">Đang tải</span>
    </div>
  );
}
