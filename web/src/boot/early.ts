// Runs inline as `index.html` is parsed, before the app's bundle has arrived (build/screen-preload.ts): every
// screen asks first who is signed in, and the dashboard opened by its address, by a user of this browser who
// reads reports, asks for its first figures. The app's client takes these responses instead of asking again.
import { rememberedRole, startEarly } from '../app/early';
import { dashboardFirstRequests, REPORT_ROLES } from '../features/reports/first-requests';
import { DASHBOARD_PATH, dashboardView } from '../features/reports/period';

const path = window.location.pathname;
if (!/^\/app\/(dang-nhap|tra-cuu)/.test(path)) {
  startEarly([{ path: '/auth/me' }]);
}
if (DASHBOARD_PATH.test(path) && (REPORT_ROLES as readonly string[]).includes(rememberedRole() ?? '')) {
  startEarly(
    Object.values(dashboardFirstRequests(dashboardView(new URLSearchParams(window.location.search)))),
  );
}
