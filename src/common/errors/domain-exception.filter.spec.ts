import type { ArgumentsHost } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { jest } from '@jest/globals';
import { DomainExceptionFilter } from './domain-exception.filter.js';

function hostFor(request: object): { host: ArgumentsHost; sent: unknown[] } {
  const sent: unknown[] = [];
  const reply = {
    status: () => reply,
    header: () => reply,
    send: (body: unknown) => sent.push(body),
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  return { host, sent };
}

describe('DomainExceptionFilter', () => {
  it('logs an unknown error with the route pattern, not the query string or the URL', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { host, sent } = hostFor({
      id: 'req-1',
      method: 'GET',
      url: '/public/cases/TC-2024-000001?pin=123456&name=Nguyen%20Van%20An',
      routeOptions: { url: '/public/cases/:code' },
    });
    new DomainExceptionFilter().catch(new Error('boom'), host);
    expect(sent).toEqual([
      { statusCode: 500, message: 'Internal server error', error: 'Internal Server Error' },
    ]);
    const text = JSON.stringify(logged.mock.calls);
    expect(text).toContain('/public/cases/:code');
    expect(text).toContain('req-1');
    expect(text).not.toContain('123456');
    expect(text).not.toContain('Nguyen');
    expect(text).not.toContain('TC-2024-000001');
    logged.mockRestore();
  });
});
