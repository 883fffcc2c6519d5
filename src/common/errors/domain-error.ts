/**
 * Errors raised by domain and service code. One exception filter maps each code to an HTTP status
 * (see `domain-exception.filter.ts`); code outside the HTTP layer never throws Nest exceptions.
 */
export type DomainErrorCode =
  | 'validation' // 400: the input is malformed
  | 'unauthenticated' // 401
  | 'forbidden' // 403: role or scope
  | 'not_found' // 404
  | 'conflict' // 409: stale version, or a move the current status does not allow
  | 'legal_rule' // 422: a rule of the law refuses it
  | 'too_large' // 413: an upload past its size limit
  | 'unsupported_media_type' // 415: an upload of a type not accepted
  | 'rate_limited'; // 429

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('validation', message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super('not_found', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Forbidden') {
    super('forbidden', message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('conflict', message, details);
  }
}

export class LegalRuleError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('legal_rule', message, details);
  }
}
