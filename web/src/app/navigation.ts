import type { Role } from '../shared/labels';

/** What each role sees in the navigation (UI.md), in order. */
export const NAVIGATION: { to: string; label: string; roles: Role[] }[] = [
  { to: '/tiep-cong-dan', label: 'Tiếp công dân', roles: ['reception', 'inspector', 'leader'] },
  { to: '/ho-so', label: 'Hồ sơ', roles: ['admin', 'leader', 'inspector', 'reception', 'clerk'] },
  { to: '/bao-cao', label: 'Báo cáo', roles: ['leader', 'inspector', 'admin'] },
  { to: '/quan-tri', label: 'Quản trị', roles: ['admin'] },
];

/** Where a user lands after signing in when no earlier screen is waiting. */
export function homeOf(role: Role): string {
  return role === 'reception' ? '/tiep-cong-dan' : '/ho-so';
}

/** Only a path inside the app may be returned to after login (no open redirect). */
export function safeNext(next: string | null): string | null {
  return next && /^\/(?!\/)[^\s\\]*$/.test(next) && !next.startsWith('/dang-nhap') ? next : null;
}
