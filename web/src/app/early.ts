// Requests a screen needs first, started by a few bytes of script before the app's code has arrived (the
// browser parses and runs the app's bundle meanwhile), and handed to the app's client when it asks for them.
// Nothing here may import the app's libraries: `src/boot/` loads it on its own, ahead of the bundle.

export const CLIENT_HEADER = { 'X-Requested-With': 'citizen-cases-web' } as const;

const ROLE_KEY = 'vai-tro';

declare global {
  interface Window {
    /** Responses on their way, by `requestKey`; each is taken once. */
    __early?: Map<string, Promise<Response>>;
  }
}

/**
 * The role of the last user signed in on this browser (not a credential: the session is the httpOnly cookie),
 * so that a screen opened by its address can start its requests while `/auth/me` is still on its way. Storage
 * may be refused (private windows): then nothing is remembered.
 */
export function rememberRole(role: string | null): void {
  try {
    if (role) {
      localStorage.setItem(ROLE_KEY, role);
    } else {
      localStorage.removeItem(ROLE_KEY);
    }
  } catch {
    // nothing remembered
  }
}

export function rememberedRole(): string | null {
  try {
    return localStorage.getItem(ROLE_KEY);
  } catch {
    return null;
  }
}

/** A GET request's path and query, its parameters sorted and empty ones left out: the same key however built. */
export function requestKey(path: string, query: Record<string, string | number | undefined> = {}): string {
  const params = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([k, v]) => [k, String(v)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const search = new URLSearchParams(params).toString();
  return search ? `${path}?${search}` : path;
}

/** The key of a URL the client is about to fetch. */
export function requestKeyOf(url: URL): string {
  return requestKey(url.pathname, Object.fromEntries(url.searchParams));
}

/** Starts these GET requests (same origin, the session cookie, the app's header). */
export function startEarly(
  requests: { path: string; query?: Record<string, string | number | undefined> }[],
): void {
  const early = (window.__early ??= new Map());
  for (const r of requests) {
    const key = requestKey(r.path, r.query);
    early.set(key, fetch(key, { credentials: 'same-origin', headers: CLIENT_HEADER }));
  }
}

/** The response already on its way for this key, once (a later request goes to the network). */
export function takeEarly(key: string): Promise<Response> | undefined {
  const response = window.__early?.get(key);
  window.__early?.delete(key);
  return response;
}
