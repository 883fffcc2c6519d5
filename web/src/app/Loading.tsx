import { Spin } from 'antd';

export function Loading() {
  return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} aria-label="Đang tải" />;
}
