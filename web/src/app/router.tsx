import { lazy, Suspense } from 'react';
import { Loading } from './Loading';
import { createBrowserRouter, Navigate } from 'react-router';
import { homeOf } from './navigation';
import { useSession } from './session';
import { setUnauthenticatedHandler } from '../api/client';
import { LoginPage } from '../features/auth/LoginPage';
import { AppLayout } from './AppLayout';
import { RequireRole } from './RequireRole';
import { NotFound } from './NotFound';

const DESK = ['reception', 'inspector', 'leader'] as const;
const INTAKE = ['reception', 'clerk', 'inspector', 'leader', 'admin'] as const;
const STAFF = ['admin', 'leader', 'inspector', 'reception', 'clerk'] as const;

// Screens loaded when first opened, so that the login page and the citizen's page come up with less code.
const LookupPage = lazy(() =>
  import('../features/lookup/LookupPage').then((m) => ({ default: m.LookupPage })),
);
const ReceptionLogPage = lazy(() =>
  import('../features/desk/ReceptionLogPage').then((m) => ({ default: m.ReceptionLogPage })),
);
const VisitPage = lazy(() => import('../features/desk/VisitPage').then((m) => ({ default: m.VisitPage })));
const IntakePage = lazy(() =>
  import('../features/cases/IntakePage').then((m) => ({ default: m.IntakePage })),
);
const DashboardPage = lazy(() =>
  import('../features/reports/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const AdminPage = lazy(() => import('../features/admin/AdminPage').then((m) => ({ default: m.AdminPage })));
const WorklistPage = lazy(() =>
  import('../features/cases/WorklistPage').then((m) => ({ default: m.WorklistPage })),
);
const CasePage = lazy(() => import('../features/cases/CasePage').then((m) => ({ default: m.CasePage })));
const ReceiptPage = lazy(() =>
  import('../features/cases/ReceiptPage').then((m) => ({ default: m.ReceiptPage })),
);

/** `/app/` leads each role to its first screen (the desk for reception officers). */
function HomeRedirect() {
  const session = useSession();
  return session.data ? <Navigate to={homeOf(session.data.role)} replace /> : null;
}

export const router = createBrowserRouter(
  [
    { path: '/dang-nhap', element: <LoginPage /> },
    {
      path: '/tra-cuu',
      element: (
        <Suspense fallback={<Loading />}>
          <LookupPage />
        </Suspense>
      ),
    },
    {
      element: <AppLayout />,
      children: [
        {
          index: true,
          element: (
            <RequireRole roles={STAFF}>
              <HomeRedirect />
            </RequireRole>
          ),
        },
        {
          path: '/tiep-cong-dan',
          element: (
            <RequireRole roles={DESK}>
              <ReceptionLogPage />
            </RequireRole>
          ),
        },
        {
          path: '/tiep-cong-dan/:id',
          element: (
            <RequireRole roles={DESK}>
              <VisitPage />
            </RequireRole>
          ),
        },
        {
          path: '/ho-so',
          element: (
            <RequireRole roles={STAFF}>
              <WorklistPage />
            </RequireRole>
          ),
        },
        {
          path: '/ho-so/moi',
          element: (
            <RequireRole roles={INTAKE}>
              <IntakePage />
            </RequireRole>
          ),
        },
        {
          path: '/ho-so/:id',
          element: (
            <RequireRole roles={STAFF}>
              <CasePage />
            </RequireRole>
          ),
        },
        {
          path: '/ho-so/:id/bien-nhan',
          element: (
            <RequireRole roles={INTAKE}>
              <ReceiptPage />
            </RequireRole>
          ),
        },
        {
          path: '/bao-cao',
          element: (
            <RequireRole roles={['leader', 'inspector', 'admin']}>
              <DashboardPage />
            </RequireRole>
          ),
        },
        {
          path: '/quan-tri',
          element: (
            <RequireRole roles={['admin']}>
              <AdminPage />
            </RequireRole>
          ),
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename: '/app' },
);

// An expired session (any 401 but the login's) returns to the login page, which brings the user back here.
setUnauthenticatedHandler(() => {
  const here = window.location.pathname.replace(/^\/app/, '') + window.location.search;
  if (!here.startsWith('/dang-nhap') && !here.startsWith('/tra-cuu')) {
    void router.navigate(`/dang-nhap?next=${encodeURIComponent(here)}&het-han=1`, { replace: true });
  }
});
