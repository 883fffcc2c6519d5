import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { AuditSection } from './AuditSection';
import { CalendarSection } from './CalendarSection';
import { MailSection } from './MailSection';
import { UnitsSection } from './UnitsSection';
import { UsersSection } from './UsersSection';

/** Administration ("Quản trị"): the section in the address (`?muc=`). */
export function AdminPage() {
  const [params, setParams] = useSearchParams();
  const section = params.get('muc') ?? 'nguoi-dung';
  return (
    <main>
      <h1 style={{ fontSize: 22 }}>Quản trị</h1>
      <Tabs
        activeKey={section}
        onChange={(key) => setParams({ muc: key })}
        destroyOnHidden
        items={[
          { key: 'nguoi-dung', label: 'Người dùng', children: <UsersSection /> },
          { key: 'don-vi', label: 'Đơn vị', children: <UnitsSection /> },
          { key: 'lich-nghi', label: 'Lịch nghỉ', children: <CalendarSection /> },
          { key: 'nhat-ky', label: 'Nhật ký', children: <AuditSection /> },
          { key: 'thu', label: 'Thư thông báo', children: <MailSection /> },
        ]}
      />
    </main>
  );
}
