import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '../../users/user.entity.js';

/** The authenticated user of a request, as the guards resolved it. */
export interface AuthUser {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string | null;
  /** The materialised path of the user's unit (`/root/.../unit/`), for scoping to its sub-units. */
  unitPath: string | null;
}

export interface RequestContext {
  requestId: string;
  ip: string | null;
  user: AuthUser | null;
  /** The matched route pattern (`/cases/:id`), never the URL: for the request log line and the metrics. */
  route?: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();
/** The context by Node request, for the request log line written when the response has finished. */
const byRawRequest = new WeakMap<object, RequestContext>();

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  get(): RequestContext | undefined {
    return storage.getStore();
  },
  attach(rawRequest: object, context: RequestContext): void {
    byRawRequest.set(rawRequest, context);
  },
  of(rawRequest: object): RequestContext | undefined {
    return byRawRequest.get(rawRequest);
  },
};
