import { Alert, Table } from 'antd';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { ApiError } from '../../api/errors';
import { formatBusinessDate } from '../../shared/format';
import { adminErrorSentence } from './admin-errors';

type Impact = Schemas['CalendarImpactResponse'];

/**
 * What a calendar edit would move, shown before it is made: the count, then each case's old and new due date. A
 * day the API refuses (400) is not told here: saving it says why under its field.
 */
export function CalendarImpact({ impact, error }: { impact: Impact | undefined; error: unknown }) {
  if (error instanceof ApiError && error.status === 400) {
    return null;
  }
  if (error) {
    return <Alert type="warning" showIcon title={adminErrorSentence(error)} />;
  }
  if (!impact) {
    return null;
  }
  return (
    <div role="status">
      <p>
        <strong>{impact.openCases} hồ sơ đang giải quyết sẽ đổi hạn</strong>
      </p>
      {impact.cases.length > 0 ? (
        <Table
          aria-label="Hồ sơ đổi hạn"
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={impact.cases}
          columns={[
            {
              title: 'Mã hồ sơ',
              key: 'code',
              render: (_, c) => <Link to={`/ho-so/${c.id}`}>{c.code}</Link>,
            },
            { title: 'Hạn cũ', key: 'old', render: (_, c) => formatBusinessDate(c.dueDate) },
            { title: 'Hạn mới', key: 'new', render: (_, c) => formatBusinessDate(c.newDueDate) },
          ]}
        />
      ) : null}
    </div>
  );
}
