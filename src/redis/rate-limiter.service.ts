import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DomainError } from '../common/errors/domain-error.js';
import { REDIS } from './redis.tokens.js';

/** A fixed-window counter in Redis, shared by every API instance. */
@Injectable()
export class RateLimiterService {
  private readonly logger = new Logger(RateLimiterService.name);

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /**
   * Counts one hit on `key`; throws a 429 error with `retryAfter` (seconds) past `limit` per `windowSeconds`.
   * When Redis cannot be reached, `failOpen` lets the request through (login: the account lockout in
   * PostgreSQL still protects it); otherwise the error propagates.
   */
  async hit(
    key: string,
    limit: number,
    windowSeconds: number,
    options: { failOpen?: boolean } = {},
  ): Promise<void> {
    let result: [Error | null, number][] | null;
    try {
      result = (await this.redis
        .multi()
        .incr(`rl:${key}`)
        .expire(`rl:${key}`, windowSeconds, 'NX')
        .ttl(`rl:${key}`)
        .exec()) as [Error | null, number][] | null;
    } catch (error) {
      if (!options.failOpen) {
        throw error;
      }
      this.logger.warn(
        `rate limit ${key} not checked: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    const count = result?.[0]?.[1] ?? 0;
    const ttl = result?.[2]?.[1] ?? windowSeconds;
    if (count > limit) {
      const retryAfter = Math.max(1, ttl);
      throw new DomainError('rate_limited', `Too many requests: try again in ${retryAfter} s`, {
        retryAfter,
      });
    }
  }

  /**
   * Takes one of `limit` tries on `key` for a window of `windowSeconds` that starts with the first try and starts
   * again in full when the last try is taken; false when none is left. Taken before the thing is checked, so
   * that concurrent requests cannot get past the limit; `giveBack` returns the try of a request that succeeded.
   */
  async take(key: string, limit: number, windowSeconds: number): Promise<boolean> {
    const allowed = await this.redis.eval(TAKE, 1, `rl:${key}`, limit, windowSeconds);
    return allowed === 1;
  }

  /** Best effort: a try that cannot be given back only stays taken until the window ends. */
  async giveBack(key: string): Promise<void> {
    try {
      await this.redis.eval(GIVE_BACK, 1, `rl:${key}`);
    } catch (error) {
      this.logger.warn(
        `try on ${key} not given back: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

const TAKE = `
local n = redis.call('INCR', KEYS[1])
if n == 1 or n == tonumber(ARGV[1]) then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
if n > tonumber(ARGV[1]) then return 0 end
return 1`;

// Only while the window lasts: a DECR on an expired key would leave a counter that never expires.
const GIVE_BACK = `
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('DECR', KEYS[1]) end
return 0`;
