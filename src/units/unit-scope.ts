import type { AuthUser } from '../common/http/request-context.js';

/**
 * The unit tree, for scoping: a unit's `path` is `/<root id>/.../<own id>/`, so a unit and its sub-units are the
 * units whose path starts with it. These helpers are the one place that knows it.
 */

/** The `LIKE` pattern of the user's unit and its sub-units; it matches nothing for a user without a unit. */
export function subtreePattern(user: Pick<AuthUser, 'unitPath'>): string {
  return user.unitPath === null ? '\u0000' : `${user.unitPath}%`;
}

/** Whether a unit (by its path) is the user's unit or one of its sub-units. */
export function inUserSubtree(user: Pick<AuthUser, 'unitPath'>, unitPath: string): boolean {
  return user.unitPath !== null && unitPath.startsWith(user.unitPath);
}

/** As `inUserSubtree`, but an admin reaches every unit. */
export function withinReach(user: Pick<AuthUser, 'role' | 'unitPath'>, unitPath: string): boolean {
  return user.role === 'admin' || inUserSubtree(user, unitPath);
}

/** `withinReach` as SQL: the `LIKE` pattern a unit's path must match, or null when every unit is (an admin's). */
export function reachPattern(user: Pick<AuthUser, 'role' | 'unitPath'>): string | null {
  return user.role === 'admin' ? null : subtreePattern(user);
}
