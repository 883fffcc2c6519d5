import type { FastifyRequest } from 'fastify';

/**
 * The browser session: the same JWT as the bearer token, in an httpOnly, SameSite=Strict cookie, so that
 * scripts on the page never see it. A state-changing request authenticated by this cookie must also carry
 * `X-Requested-With` (a cross-site page cannot set it without a CORS preflight, which this API never grants)
 * and must not come from another site (`Sec-Fetch-Site` / `Origin`).
 */
export const SESSION_COOKIE = 'cc_session';
export const CSRF_HEADER = 'x-requested-with';

export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', 0, secure);
}

export function sessionTokenOf(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value.length > 0) {
      return value.join('=') || undefined;
    }
  }
  return undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a cookie-authenticated request may go on: reads always; changes only from this site, by script. */
export function isSameSiteRequest(request: FastifyRequest): boolean {
  if (SAFE_METHODS.has(request.method)) {
    return true;
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') {
    return false;
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `${request.protocol}://${request.headers.host ?? ''}`) {
    return false;
  }
  return typeof request.headers[CSRF_HEADER] === 'string';
}
