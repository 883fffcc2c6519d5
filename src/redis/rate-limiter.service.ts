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
}
