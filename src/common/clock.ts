import { Inject, Injectable } from '@nestjs/common';
import { businessDateOf, type IsoDate } from '../calendar/domain/business-date.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ValidationError } from './errors/domain-error.js';

/** The source of "now". Inject it; never call `new Date()` in domain code. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** How far in the future a time given on paper may be (clock skew between a desk PC and the server). */
const FUTURE_TOLERANCE_MS = 60_000;

/** An ISO 8601 timestamp that ends with an offset (`Z`, `+07:00`, `+0700`). */
const WITH_OFFSET = /([+-]\d{2}:?\d{2}|Z)$/;

/** Time as the business reads it: now, business dates in the configured zone, and times given on paper. */
@Injectable()
export class BusinessClock {
  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'businessTimeZone'>,
  ) {}

  get timeZone(): string {
    return this.config.businessTimeZone;
  }

  now(): Date {
    return this.clock.now();
  }

  /** The business date of an instant (Asia/Ho_Chi_Minh unless configured otherwise). */
  dateOf(instant: Date): IsoDate {
    return businessDateOf(instant, this.config.businessTimeZone);
  }

  today(): IsoDate {
    return this.dateOf(this.clock.now());
  }

  /**
   * A time given for `field`: absent means now; otherwise an ISO 8601 time with an offset, not in the future
   * (a minute of skew allowed). 400 otherwise.
   */
  pastInstant(field: string, value: string | null | undefined): Date {
    const now = this.clock.now();
    if (value === undefined || value === null) {
      return now;
    }
    const at = new Date(value);
    if (!WITH_OFFSET.test(value) || Number.isNaN(at.getTime())) {
      throw new ValidationError(`${field} must be an ISO 8601 timestamp with an offset`);
    }
    if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
      throw new ValidationError(`${field} must not be in the future`);
    }
    return at;
  }
}
