import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

function messages(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((m) =>
      m.startsWith(error.property) ? `${path}${m.slice(error.property.length)}` : `${path}: ${m}`,
    );
    return own.concat(messages(error.children ?? [], path));
  });
}

/** The one global pipe: unknown fields refused, every problem listed with its field path. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) =>
      new BadRequestException({ statusCode: 400, message: messages(errors), error: 'Bad Request' }),
  });
}
