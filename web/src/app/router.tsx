import { lazy, Suspense } from 'react';
import { Loading } from './Loading';
import { preloadable } from '../shared/preloadable';
import { createBrowserRouter, Navigate } from 'react-router';
import { homeOf } from './navigation';
import { sessionQuery, useSession } from './session';
import { rememberedRole } from './early';
import { setUnauthenticatedHandler } from '../api/client';
import { AppLayout } from './AppLayout';
import { RequireRole } from './RequireRole';
import type { QueryClient } from '@tanstack/react-query';
import { prefetchDashboard } from '../features/reports/queries';
import { DASHBOARD_PATH, dashboardView } from '../features/reports/period';
import { REPORT_ROLES } from '../features/reports/first-requests';

const DESK = ['reception', 'inspector', 'leader'] as const;
const INTAKE = ['reception', 'clerk', 'inspector', 'leader', 'admin'] as const;
const STAFF = ['admin', 'leader', 'inspector', 'reception', 'clerk'] as const;

// Screens loaded when first opened, so that each screen comes up with its own code only (the login form's
// validation, zod and react-hook-form, is not in the code every screen loads).
const LoginPage = lazy(() => import('../features/auth/LoginPage').then((m) => ({ default: m.LoginPage })));
const NotFound = lazy(() => import('./NotFound').then((m) => ({ default: m.NotFound })));
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
const DashboardPage = preloadable(
  () => import('../features/reports/DashboardPage').then((m) => m.DashboardPage),
  <Loading />,
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
    {
      path: '/dang-nhap',
      element: (
        <Suspense fallback={<Loading />}>
          <LoginPage />
        </Suspense>
      ),
    },
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
            <RequireRole roles={REPORT_ROLES}>
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

/**
 * The dashboard's address opened directly (a reload, a bookmark, a link): its code (the chart's with it) and its
 * first figures load while the session is checked rather than one after the other. The figures start at once
 * when this browser's last user could read reports (`src/boot/early.ts` started them before this code arrived;
 * the client takes those responses; a session that has meanwhile expired gets the usual 401 and the login
 * page); otherwise they wait for the session, so that a signed-out visitor goes to the login page as from any
 * screen.
 */
export function warmUp(client: QueryClient, location: Pick<Location, 'pathname' | 'search'>): void {
  if (!DASHBOARD_PATH.test(location.pathname)) {
    return;
  }
  void DashboardPage.preload();
  const readsReports = (role: string | null | undefined) =>
    (REPORT_ROLES as readonly string[]).includes(role ?? '');
  const view = dashboardView(new URLSearchParams(location.search));
  const early = readsReports(rememberedRole());
  if (early) {
    prefetchDashboard(client, view);
  }
  client.fetchQuery(sessionQuery).then(
    (user) => {
      if (!early && readsReports(user?.role)) {
        prefetchDashboard(client, view);
      }
    },
    () => undefined, // RequireRole shows the failure
  );
}
