import type { TestApp, TestUser } from './test-app.js';
import { bearer } from './test-app.js';

/** A supertest parser that keeps a binary body (XLSX exports) as a Buffer. */
export function binary(response: any, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** GET as `user`; throws with the answer when the status is not `expected`. */
export async function getAs(t: TestApp, path: string, user: TestUser, expected = 200): Promise<any> {
  const res = await t
    .http()
    .get(path)
    .set(...bearer(user.token));
  if (res.status !== expected) {
    throw new Error(`GET ${path} answered ${res.status}, expected ${expected}: ${JSON.stringify(res.body)}`);
  }
  return res.body;
}
