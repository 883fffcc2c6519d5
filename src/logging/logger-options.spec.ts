import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { pino } from 'pino';
import { requestContext } from '../common/http/request-context.js';
import type { AppConfig } from '../config/config.js';
import { logRequests, pinoOptions } from './logger-options.js';

/** A pino logger with the process options, writing its lines into `lines`. */
function capture(level = 'info'): { logger: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const config = { log: { level, pretty: false } } as AppConfig;
  return { logger: pino(pinoOptions(config, 'api'), sink), lines };
}

describe('logging', () => {
  it('gives every line written while a request is answered its request id, and none outside', () => {
    const { logger, lines } = capture();
    requestContext.run({ requestId: 'req-7', ip: null, user: null }, () => logger.info('inside'));
    logger.info('outside');
    expect(lines.map((l) => [l.msg, l.requestId])).toEqual([
      ['inside', 'req-7'],
      ['outside', undefined],
    ]);
  });

  it('writes one line per request: route pattern, status, duration, user; no query string; probes at debug', async () => {
    const { logger, lines } = capture();
    const app = Fastify({ genReqId: () => 'req-1' });
    app.addHook('onRequest', (request, _reply, done) => {
      const context = {
        requestId: request.id,
        ip: null,
        user: null,
        route: request.routeOptions.url,
      };
      requestContext.attach(request.raw, context);
      requestContext.run(context, done);
    });
    logRequests(app, logger);
    app.get('/cases/:id', () => {
      requestContext.get()!.user = { id: 'u-1' } as never;
      return { ok: true };
    });
    app.get('/boom', () => {
      throw new Error('boom');
    });
    app.get('/health', () => ({ status: 'ok' }));
    await app.inject({ method: 'GET', url: '/cases/abc?q=Nguyen%20Bi%20Mat' });
    await app.inject({ method: 'GET', url: '/boom' });
    await app.inject({ method: 'GET', url: '/health' });
    await app.close();
    const requests = lines.filter((l) => l.route !== undefined);
    expect(requests).toEqual([
      expect.objectContaining({
        level: 30,
        name: 'api',
        msg: 'request completed',
        requestId: 'req-1',
        method: 'GET',
        route: '/cases/:id',
        status: 200,
        durationMs: expect.any(Number),
        userId: 'u-1',
      }),
      expect.objectContaining({
        level: 50,
        msg: 'request failed',
        route: '/boom',
        status: 500,
        userId: null,
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('Bi');
  });
});
