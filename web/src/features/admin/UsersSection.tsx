import { Button, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useUnits } from '../reports/queries';
import { PasswordResetDialog } from './PasswordResetDialog';
import { unitOptions, useUsers, type User } from './queries';
import { ActiveControl, RoleControl, UnitControl } from './UserChangeControls';
import { UserCreateDialog } from './UserCreateDialog';

/** "Người dùng": the accounts, their role, unit and state changed in place, and new accounts. */
export function UsersSection() {
  const users = useUsers();
  const units = useUnits();
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const choices = useMemo(() => unitOptions(units.data ?? []), [units.data]);
  const unitName = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  return (
    <>
      <Button type="primary" onClick={() => setCreating(true)} style={{ marginBottom: 12 }}>
        Thêm người dùng
      </Button>
      <Table
        aria-label="Người dùng"
        size="small"
        rowKey="id"
        loading={users.isLoading}
        dataSource={users.data?.items ?? []}
        columns={[
          { title: 'Tên đăng nhập', dataIndex: 'username' },
          { title: 'Họ và tên', dataIndex: 'fullName' },
          { title: 'Vai trò', key: 'role', render: (_, u) => <RoleControl user={u} /> },
          {
            title: 'Đơn vị',
            key: 'unit',
            render: (_, u) => <UnitControl user={u} choices={choices} unitName={unitName} />,
          },
          { title: 'Hoạt động', key: 'active', render: (_, u) => <ActiveControl user={u} /> },
          {
            title: '',
            key: 'reset',
            render: (_, u) => (
              <Button size="small" onClick={() => setResetting(u)}>
                Đặt lại mật khẩu
              </Button>
            ),
          },
        ]}
      />
      {creating && <UserCreateDialog unitChoices={choices} onClose={() => setCreating(false)} />}
      {resetting && <PasswordResetDialog user={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}
