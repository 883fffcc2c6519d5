import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

// Control characters other than tab and newline (and carriage return) are refused in any text.
// eslint-disable-next-line no-control-regex
const NO_CONTROL_CHARS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/** Required text of at most `max` characters, not blank, without control characters. */
export function IsText(max: number): PropertyDecorator {
  return applyDecorators(
    IsString(),
    IsNotEmpty({ message: ({ property }) => `${property} must not be empty` }),
    Matches(/\S/, { message: ({ property }) => `${property} must not be blank` }),
    MaxLength(max),
    Matches(NO_CONTROL_CHARS, {
      message: ({ property }) => `${property} must not contain control characters`,
    }),
  );
}

/** Optional text: absent or `null` means absent; otherwise as `IsText`. */
export function IsOptionalText(max: number): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object, value) => value !== undefined && value !== null),
    IsText(max),
  );
}

/** An integer query parameter (query strings arrive as text). */
export function IsQueryInt(min: number, max: number): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value,
    ),
    IsInt(),
    Min(min),
    Max(max),
  );
}

export const LIMITS = { name: 500, subject: 500, address: 500, content: 20_000, reason: 5_000 } as const;
