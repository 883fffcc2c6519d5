import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type DomainErrorCode } from './domain-error.js';

export function statusOf(code: DomainErrorCode): number {
  switch (code) {
    case 'validation':
      return HttpStatus.BAD_REQUEST;
    case 'unauthenticated':
      return HttpStatus.UNAUTHORIZED;
    case 'forbidden':
      return HttpStatus.FORBIDDEN;
    case 'not_found':
      return HttpStatus.NOT_FOUND;
    case 'conflict':
      return HttpStatus.CONFLICT;
    case 'legal_rule':
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case 'too_large':
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case 'unsupported_media_type':
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case 'rate_limited':
      return HttpStatus.TOO_MANY_REQUESTS;
  }
}

/** Maps domain errors to `{ statusCode, message, error }`; anything unknown is a logged 500 with no stack. */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (exception instanceof DomainError) {
      const statusCode = statusOf(exception.code);
      const body: Record<string, unknown> = {
        statusCode,
        message: exception.message,
        error: HttpStatus[statusCode]
          .toLowerCase()
          .split('_')
          .map((w) => w[0].toUpperCase() + w.slice(1))
          .join(' '),
        ...(exception.details ?? {}),
      };
      if (statusCode === 429 && typeof exception.details?.retryAfter === 'number') {
        void reply.header('Retry-After', String(exception.details.retryAfter));
      }
      void reply.status(statusCode).send(body);
      return;
    }
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      void reply
        .status(exception.getStatus())
        .send(
          typeof response === 'string' ? { statusCode: exception.getStatus(), message: response } : response,
        );
      return;
    }
    const fastifyError = exception as { statusCode?: number; message?: string; code?: string };
    if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode < 500) {
      // Fastify's own client errors: body too large, malformed JSON, unsupported media type.
      void reply.status(fastifyError.statusCode).send({
        statusCode: fastifyError.statusCode,
        message: fastifyError.message ?? 'Bad request',
        error: fastifyError.code ?? 'Bad Request',
      });
      return;
    }
    this.logger.error(
      { message: 'unhandled error', requestId: request.id, path: request.url },
      exception instanceof Error ? exception.stack : String(exception),
    );
    void reply
      .status(500)
      .send({ statusCode: 500, message: 'Internal server error', error: 'Internal Server Error' });
  }
}
