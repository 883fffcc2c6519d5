import { Loading } from './Loading';
import { lazy, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../shared/labels';
import { useSession } from './session';

// antd's Result (its illustrations) loads only when shown, with the 404 page, not with every screen.
const Forbidden = lazy(() => import('./Forbidden').then((m) => ({ default: m.Forbidden })));

/** Shows its screen to a signed-in user of one of the roles; others go to the login page and come back. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) {
    return <Loading />;
  }
  if (!session.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/dang-nhap?next=${next}`} replace />;
  }
  if (!roles.includes(session.data.role)) {
    return <Forbidden />;
  }
  return <>{children}</>;
}
