import {
  type ArgumentMetadata,
  BadRequestException,
  ValidationPipe,
  type ValidationError,
} from '@nestjs/common';
import { cacheValidationMetadata } from './metadata-cache.js';

/** No legitimate body nests deeper than a few levels; class-transformer recurses (and overflows) on deeper. */
export const MAX_BODY_DEPTH = 16;

function messages(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((m) =>
      m.startsWith(error.property) ? `${path}${m.slice(error.property.length)}` : `${path}: ${m}`,
    );
    return own.concat(messages(error.children ?? [], path));
  });
}

/** The nesting depth of a parsed JSON value, measured without recursion (so it cannot overflow itself). */
export function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') {
      continue;
    }
    deepest = Math.max(deepest, depth);
    if (deepest > limit) {
      return deepest;
    }
    for (const child of Object.values(node)) {
      stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** The one global pipe: unknown fields refused, every problem listed with its field path. */
class AppValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && depthOf(value, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) {
      throw new BadRequestException({
        statusCode: 400,
        message: [`body must not nest deeper than ${MAX_BODY_DEPTH} levels`],
        error: 'Bad Request',
      });
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

export function createValidationPipe(): ValidationPipe {
  cacheValidationMetadata();
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) =>
      new BadRequestException({ statusCode: 400, message: messages(errors), error: 'Bad Request' }),
  });
}
