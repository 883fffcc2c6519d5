import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  type ValidationArguments,
} from 'class-validator';
import { isIsoDate } from '../../calendar/domain/business-date.js';

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

/** The rule of `IsBusinessDate`, for values that arrive outside a DTO (path parameters). */
export function isBusinessDate(value: unknown): value is string {
  return isIsoDate(value) && value >= '1900-01-01';
}

/**
 * A real calendar date `YYYY-MM-DD` from 1900 to 9999: `2024-02-30` passes a regex but is refused here (and
 * would crash the query that uses it).
 */
export function IsBusinessDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isBusinessDate',
    validator: {
      validate: isBusinessDate,
      defaultMessage: ({ property }: ValidationArguments) =>
        `${property} must be a real date YYYY-MM-DD (1900 to 9999)`,
    },
  });
}

/** A text query parameter of at most `max` characters without control characters (NUL crashes PostgreSQL). */
export function IsQueryText(max: number): PropertyDecorator {
  return applyDecorators(
    IsString(),
    MaxLength(max),
    Matches(NO_CONTROL_CHARS, {
      message: ({ property }) => `${property} must not contain control characters`,
    }),
  );
}

/** A search: query text with at least one letter or digit (there is nothing to search for in `!`). */
export function IsSearchText(max: number): PropertyDecorator {
  return applyDecorators(
    IsQueryText(max),
    Matches(/[\p{L}\p{N}]/u, {
      message: ({ property }) => `${property} must contain a letter or a digit`,
    }),
  );
}

/**
 * API.md: `null` for an optional field means absent. For a field whose column cannot be null, the value is
 * dropped before validation, so the service sees "not given" and changes nothing.
 */
export function NullMeansAbsent(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (value === null ? undefined : value));
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

/** 12-digit căn cước (first three digits a province code 001-096) or 9-digit CMND. */
export const ID_NUMBER = /^(?:0(?:0[1-9]|[1-8]\d|9[0-6])\d{9}|\d{9})$/;
/** Vietnamese phone numbers: 0 or +84 followed by 9 digits (mobile) or 9-10 digits (landline). */
export const PHONE = /^(?:\+84|0)\d{9,10}$/;

/** For `ValidateIf`: API.md's `null` for an optional field means absent, as `undefined` does. */
export const present = (_object: object, value: unknown): boolean => value !== undefined && value !== null;

/** A time given on paper, ISO 8601; its offset and "not in the future" are `BusinessClock.pastInstant`'s. */
export function IsInstant(): PropertyDecorator {
  return IsISO8601({ strict: true, strictSeparator: true });
}

/** An optional `IsInstant`: absent or `null` means now. */
export function IsOptionalInstant(): PropertyDecorator {
  return applyDecorators(ValidateIf(present), IsInstant());
}

/** An optional Vietnamese ID number: absent, `null`, a 12-digit căn cước or a 9-digit CMND. */
export function IsOptionalIdNumber(): PropertyDecorator {
  return applyDecorators(
    ValidateIf(present),
    Matches(ID_NUMBER, {
      message: ({ property }) =>
        `${property} must be a 12-digit căn cước (province 001-096) or a 9-digit CMND`,
    }),
  );
}

/** An optional Vietnamese phone number. */
export function IsOptionalPhone(): PropertyDecorator {
  return applyDecorators(
    ValidateIf(present),
    Matches(PHONE, {
      message: ({ property }) =>
        `${property} must be a Vietnamese phone number (0 or +84, then 9 or 10 digits)`,
    }),
  );
}

export const LIMITS = { name: 500, subject: 500, address: 500, content: 20_000, reason: 5_000 } as const;
