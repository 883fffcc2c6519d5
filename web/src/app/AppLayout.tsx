import { useQueryClient } from '@tanstack/react-query';
import { Button, Layout } from 'antd';
import { Suspense, useEffect } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { api } from '../api/client';
import { ROLE_LABELS } from '../shared/labels';
import { NAVIGATION } from './navigation';
import { Loading } from './Loading';
import { rememberRole } from './early';
import { useSession } from './session';
import { SHORTCUTS, shortcutTarget } from './shortcuts';

/** The staff screens' frame: the navigation of the user's role, "Đăng xuất" always visible, the shortcuts. */
export function AppLayout() {
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const user = session.data;

  useEffect(() => {
    if (!user) {
      return undefined;
    }
    const onKey = (event: KeyboardEvent) => {
      const target = shortcutTarget(event, user.role);
      if (target) {
        event.preventDefault();
        void navigate(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [user, navigate]);

  const logout = async () => {
    await api.POST('/auth/logout');
    rememberRole(null);
    queryClient.clear();
    await navigate('/dang-nhap', { replace: true });
  };

  const links = user ? NAVIGATION.filter((n) => n.roles.includes(user.role)) : [];
  const shortcuts = user ? SHORTCUTS.filter((s) => s.roles.includes(user.role)) : [];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="no-print app-header">
        <span className="app-brand">UBND · Hồ sơ công dân</span>
        <nav aria-label="Điều hướng chính" className="app-nav">
          {links.map((link) => (
            <NavLink key={link.to} to={link.to} className="app-nav-link">
              {link.label}
            </NavLink>
          ))}
        </nav>
        {user && (
          <div className="app-user">
            <span>
              {user.fullName} <span className="app-role">({ROLE_LABELS[user.role]})</span>
            </span>
            <Button onClick={() => void logout()}>Đăng xuất</Button>
          </div>
        )}
      </Layout.Header>
      <Layout.Content className="app-content">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      {shortcuts.length > 0 && (
        <Layout.Footer className="no-print app-footer">
          <h2 className="sr-only">Phím tắt</h2>
          <span>Phím tắt:</span>
          {shortcuts.map((s) => (
            <span key={s.keys}>
              <kbd>{s.keys}</kbd> {s.label}
            </span>
          ))}
          <span>
            <kbd>Enter</kbd> Lưu biểu mẫu
          </span>
          <span>
            <kbd>Esc</kbd> Đóng hộp thoại
          </span>
        </Layout.Footer>
      )}
    </Layout>
  );
}
