import type { LoggerService } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { Logger as NestPinoLogger, type Params, PinoLogger } from 'nestjs-pino';
import { type Logger, pino, type LoggerOptions } from 'pino';
import { requestContext } from '../common/http/request-context.js';
import type { AppConfig } from '../config/config.js';
import { currentJob } from './job-log-context.js';

/** pino's options for a process (`api`, `worker`, `start`): level, JSON or pino-pretty, the job of the moment. */
export function pinoOptions(config: AppConfig, name: string): LoggerOptions {
  return {
    name,
    level: config.log.level,
    // The job of the moment (worker) or the request's id (API) on every line written meanwhile.
    mixin: () => currentJob() ?? requestIdOf(),
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

/** The request being answered, as a log line's field. */
function requestIdOf(): { requestId?: string } {
  const context = requestContext.get();
  return context ? { requestId: context.requestId } : {};
}

/** Routes polled by machines: their request lines are written at debug level only. */
const PROBES = new Set(['/metrics', '/health', '/health/live', '/health/ready']);

/**
 * One JSON line per answered request: no URL (its query string may hold names or pins), no headers, no body.
 * A Fastify hook rather than pino-http as Nest middleware: the middleware layer cost a small request about a
 * tenth of its CPU.
 */
export function logRequests(fastify: FastifyInstance, logger: Logger = PinoLogger.root): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const context = requestContext.of(request.raw);
    const route = context?.route ?? null;
    const failed = reply.statusCode >= 500;
    logger[failed ? 'error' : PROBES.has(route ?? '') ? 'debug' : 'info'](
      {
        requestId: request.id,
        method: request.method,
        route,
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime),
        userId: context?.user?.id ?? null,
      },
      failed ? 'request failed' : 'request completed',
    );
    done();
  });
}

/** nestjs-pino's parameters: its root logger is this process's one pino logger. */
function loggerParams(config: AppConfig, name: string): Params {
  return { pinoHttp: pinoOptions(config, name) };
}

/** A plain pino logger for code outside Nest (`npm start`). */
export function createRootLogger(config: AppConfig, name: string): Logger {
  return pino(pinoOptions(config, name));
}

/**
 * The Nest logger of a process, given to NestFactory so that even a failing start is logged. nestjs-pino keeps
 * one root pino logger per process (`PinoLogger.root`): the request lines are written to it too.
 */
export function createNestLogger(config: AppConfig, name: string): LoggerService {
  const params = loggerParams(config, name);
  return new NestPinoLogger(new PinoLogger(params), params);
}
