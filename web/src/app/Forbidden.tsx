import { Result } from 'antd';

/** A signed-in user on a screen their role may not use. */
export function Forbidden() {
  return (
    <Result status="403" title="Không có quyền" subTitle="Vai trò của bạn không được dùng màn hình này." />
  );
}
