import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ValidationError } from '../errors/domain-error.js';

/** What the `idempotency_key.key` column holds: 1 to 128 visible ASCII characters. */
const KEY = /^[\x21-\x7E]{1,128}$/;

/** The optional `Idempotency-Key` header: undefined, or a key the database can store (else 400, not 500). */
export const IdempotencyKey = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined => {
    const value = context.switchToHttp().getRequest<FastifyRequest>().headers['idempotency-key'];
    if (value === undefined) {
      return undefined;
    }
    if (typeof value !== 'string' || !KEY.test(value)) {
      throw new ValidationError('Idempotency-Key must be 1 to 128 visible ASCII characters', {
        field: 'Idempotency-Key',
      });
    }
    return value;
  },
);
