import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * helmet's response headers, worked out once: with no content security policy (the web app sets none; its
 * nonces would make them per request) they are the same on every response. `@fastify/helmet` built a new
 * helmet middleware for every request, a noticeable share of a small request's CPU.
 */
export function securityHeaders(
  options: HelmetOptions = { contentSecurityPolicy: false },
): Record<string, string> {
  const headers: Record<string, string> = {};
  const capture = {
    setHeader(name: string, value: string | number | readonly string[]): void {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string): void {
      delete headers[name.toLowerCase()];
    },
  };
  // helmet 8 throws a bad option at once rather than passing it on.
  helmet(options)({} as IncomingMessage, capture as unknown as ServerResponse, () => undefined);
  return headers;
}
