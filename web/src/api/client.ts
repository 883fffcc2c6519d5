// The one HTTP client of the app: typed from the API's OpenAPI document (schema.d.ts), same origin, the
// session in an httpOnly cookie (never readable here), and `X-Requested-With` on every request so that the API
// accepts changes made with the cookie (it refuses them from other sites).
import createClient, { type Middleware } from 'openapi-fetch';
import { CLIENT_HEADER, requestKeyOf, takeEarly } from '../app/early';
import { ApiError } from './errors';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** Called on a 401 from anything but the login itself: the session expired or was ended elsewhere. */
let onUnauthenticated: () => void = () => undefined;
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

/** A 401 from anything but the login itself: the session expired or was ended elsewhere. */
function checkSession(request: Request, response: Response): Response {
  if (response.status === 401 && !new URL(request.url).pathname.startsWith('/auth/')) {
    onUnauthenticated();
  }
  return response;
}

const session: Middleware = {
  async onRequest({ request }) {
    for (const [name, value] of Object.entries(CLIENT_HEADER)) {
      request.headers.set(name, value);
    }
    // A request the boot script started ahead of the bundle (the dashboard's first figures): its response
    // (openapi-fetch then skips `onResponse`, so the session is checked here).
    const early = request.method === 'GET' ? takeEarly(requestKeyOf(new URL(request.url))) : undefined;
    return early ? checkSession(request, await early) : request;
  },
  onResponse({ request, response }) {
    return checkSession(request, response);
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(session);

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the status and the API's messages. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (response.status === 204) {
    return undefined as T; // no body by design (DELETE)
  }
  if (!response.ok || data === undefined) {
    throw ApiError.from(response, error);
  }
  return data;
}

/**
 * A request body whose documented type is wrong in places: some request DTOs declare `string | null` fields
 * without `type:` in `@ApiProperty`, which Swagger documents as objects (`Record<string, never>`). The
 * response types are exact; the request bodies are built by the forms' own typed functions and cast here.
 */
export function requestBody<T>(body: object): T {
  return body as T;
}
