import { Button, Result } from 'antd';
import { Link } from 'react-router';

/** The worklist comes with part 2 of the web app; until then this screen leads to intake. */
export function WorklistPlaceholder() {
  return (
    <main>
      <h1 className="page-title">Hồ sơ</h1>
      <Result
        status="info"
        title="Danh sách hồ sơ đang được xây dựng"
        subTitle="Trong lúc chờ, bạn có thể tiếp nhận hồ sơ mới."
        extra={
          <Link to="/ho-so/moi">
            <Button type="primary">Tiếp nhận hồ sơ</Button>
          </Link>
        }
      />
    </main>
  );
}
