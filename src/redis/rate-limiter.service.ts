import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DomainError } from '../common/errors/domain-error.js';
import { REDIS } from './redis.tokens.js';

/** A fixed-window counter in Redis, shared by every API instance. */
@Injectable()
export class RateLimiterService {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** Counts one hit on `key`; throws a 429 error with `retryAfter` (seconds) past `limit` per `windowSeconds`. */
  async hit(key: string, limit: number, windowSeconds: number): Promise<void> {
    const result = (await this.redis
      .multi()
      .incr(`rl:${key}`)
      .expire(`rl:${key}`, windowSeconds, 'NX')
      .ttl(`rl:${key}`)
      .exec()) as [Error | null, number][] | null;
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
