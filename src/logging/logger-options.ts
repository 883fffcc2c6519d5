import type { IncomingMessage, ServerResponse } from 'node:http';
import { type LoggerService, RequestMethod } from '@nestjs/common';
import { Logger as NestPinoLogger, type Params, PinoLogger } from 'nestjs-pino';
import { type Logger, pino, type LoggerOptions } from 'pino';
import type { Options } from 'pino-http';
import { requestContext } from '../common/http/request-context.js';
import type { AppConfig } from '../config/config.js';
import { currentJob } from './job-log-context.js';

/** Routes polled by machines: their request lines are written at debug level only. */
const PROBES = new Set(['/metrics', '/health', '/health/live', '/health/ready']);

/** The one request line: no URL (its query string may hold names or pins), no headers, no body. */
function requestLine(req: IncomingMessage, res: ServerResponse, durationMs: number): object {
  const context = requestContext.of(req);
  return {
    method: req.method,
    route: context?.route ?? null,
    status: res.statusCode,
    durationMs,
    userId: context?.user?.id ?? null,
  };
}

/** pino's options for a process (`api`, `worker`, `start`): level, JSON or pino-pretty, the job of the moment. */
export function pinoOptions(config: AppConfig, name: string): LoggerOptions {
  return {
    name,
    level: config.log.level,
    mixin: () => currentJob() ?? {},
    // Belt and braces: whatever object someone logs, these never reach a line.
    redact: {
      paths: [
        'authorization',
        '*.authorization',
        'headers.cookie',
        '*.headers.cookie',
        'password',
        '*.password',
      ],
      censor: '[redacted]',
    },
    ...(config.log.pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' },
          },
        }
      : {}),
  };
}

/** nestjs-pino: one JSON line per request (see requestLine), logs inside a request carry its `requestId`. */
export function loggerParams(config: AppConfig, name: string): Params {
  const http: Options = {
    ...pinoOptions(config, name),
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    customLogLevel: (req, res, error) =>
      error || res.statusCode >= 500
        ? 'error'
        : PROBES.has(requestContext.of(req)?.route ?? '')
          ? 'debug'
          : 'info',
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req, res, val: { durationMs: number }) => requestLine(req, res, val.durationMs),
    customErrorObject: (req, res, _error, val: { durationMs: number }) =>
      requestLine(req, res, val.durationMs),
    serializers: {
      req: (req: { id?: unknown; method?: string }) => ({ id: req.id, method: req.method }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
  // Every route (nestjs-pino's default pattern, `{/*splat}`, matches nothing under Nest 12's Fastify adapter).
  return { pinoHttp: http, forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }] };
}

/** A plain pino logger for code outside Nest (`npm start`). */
export function createRootLogger(config: AppConfig, name: string): Logger {
  return pino(pinoOptions(config, name));
}

/**
 * The Nest logger of a process, given to NestFactory so that even a failing start is logged. nestjs-pino keeps
 * one root pino logger per process: LoggingModule's request logger is this same instance.
 */
export function createNestLogger(config: AppConfig, name: string): LoggerService {
  const params = loggerParams(config, name);
  return new NestPinoLogger(new PinoLogger(params), params);
}
