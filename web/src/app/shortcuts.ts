import type { Role } from '../shared/labels';

/** Keyboard shortcuts of the staff screens, listed at the foot of every screen (UI.md). */
export const SHORTCUTS: { keys: string; key: string; label: string; to: string; roles: Role[] }[] = [
  {
    keys: 'Alt+N',
    key: 'n',
    label: 'Ghi sổ tiếp công dân',
    to: '/tiep-cong-dan?ghi-so=1',
    roles: ['reception', 'inspector', 'leader'],
  },
  {
    keys: 'Alt+H',
    key: 'h',
    label: 'Tiếp nhận hồ sơ',
    to: '/ho-so/moi',
    roles: ['reception', 'clerk', 'inspector', 'leader', 'admin'],
  },
  {
    keys: 'Alt+L',
    key: 'l',
    label: 'Sổ tiếp công dân',
    to: '/tiep-cong-dan',
    roles: ['reception', 'inspector', 'leader'],
  },
];

/** The screen a key press leads to, if it is a shortcut of this role. */
export function shortcutTarget(
  event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'key' | 'code'>,
  role: Role,
): string | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
    return null;
  }
  // `code` too: Alt+letter gives another `key` on some layouts (macOS, Vietnamese input methods).
  const key = event.code?.startsWith('Key') ? event.code.slice(3).toLowerCase() : event.key.toLowerCase();
  const shortcut = SHORTCUTS.find((s) => s.key === key && s.roles.includes(role));
  return shortcut ? shortcut.to : null;
}
