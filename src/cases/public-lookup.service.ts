import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PiiCryptoService } from '../citizens/pii-crypto.service.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { clientKey } from '../common/http/client-address.js';
import { RateLimiterService } from '../redis/rate-limiter.service.js';
import { Case } from './case.entity.js';

/** Lookups a minute per client address (an IPv6 client counts per /64); more is 429. */
export const LOOKUPS_PER_MINUTE = 30;
/** Wrong pins for one code, from any addresses, after which the code answers 404 to every pin for an hour. */
export const WRONG_PINS_PER_CODE = 10;
const WRONG_PIN_WINDOW_SECONDS = 3600;
const CODE = /^[A-Z]{2}-\d{4}-\d{6,}$/;

export interface PublicCaseResponse {
  code: string;
  kind: string;
  status: string;
  receivedAt: string;
  dueDate: string | null;
  resolvedAt: string | null;
}

/** The citizen's lookup by case code and tracking pin (API.md "Citizen lookup"). */
@Injectable()
export class PublicLookupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly crypto: PiiCryptoService,
    private readonly rateLimiter: RateLimiterService,
  ) {}

  /**
   * A wrong pin, an unknown code and a code out of tries all answer the same 404. A try is taken before the pin
   * is compared, so that concurrent guesses from many addresses cannot pass the ten, and given back when the pin
   * is right.
   */
  async lookup(code: string, pin: string, ip: string | null): Promise<PublicCaseResponse> {
    await this.rateLimiter.hit(`lookup:${clientKey(ip)}`, LOOKUPS_PER_MINUTE, 60);
    const tries = `pin:${code}`;
    if (
      !CODE.test(code) ||
      !(await this.rateLimiter.take(tries, WRONG_PINS_PER_CODE, WRONG_PIN_WINDOW_SECONDS))
    ) {
      throw new NotFoundError('No case with this code and pin');
    }
    const c = await this.dataSource.manager.findOneBy(Case, { code });
    if (!c || c.trackingPinHash !== this.crypto.pinHash(code, pin)) {
      throw new NotFoundError('No case with this code and pin');
    }
    await this.rateLimiter.giveBack(tries);
    return {
      code: c.code,
      kind: c.kind,
      status: c.status,
      receivedAt: c.receivedAt.toISOString(),
      dueDate: c.dueDate,
      resolvedAt: c.resolvedAt ? c.resolvedAt.toISOString() : null,
    };
  }
}
