import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DomainError } from '../common/errors/domain-error.js';
import { REDIS } from './redis.tokens.js';

/** Keys the in-process fallback keeps at most (a flood of addresses cannot grow memory without bound). */
const LOCAL_KEYS = 10_000;
/** How long Redis is left alone after a failed call. */
const REDIS_RETRY_MS = 5_000;

/**
 * A fixed-window counter in Redis, shared by every API instance.
 *
 * When Redis cannot be reached (down, or no answer within the client's command timeout), the hit is counted in
 * this process's memory instead, with the same limit and window: neither fail-open (unlimited guessing of
 * passwords or tracking pins while Redis is down) nor fail-closed (nobody can sign in or look up a case). With
 * several API instances the effective limit is the limit times the number of instances until Redis returns.
 */
@Injectable()
export class RateLimiterService {
  private readonly logger = new Logger(RateLimiterService.name);
  private readonly local = new Map<string, { count: number; resetAt: number }>();
  private lastWarning = 0;
  /** After a failed call, Redis is skipped for a few seconds: one request waits for its timeout, not every call. */
  private redisDownUntil = 0;

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** Counts one hit on `key`; throws a 429 error with `retryAfter` (seconds) past `limit` per `windowSeconds`. */
  async hit(key: string, limit: number, windowSeconds: number): Promise<void> {
    let counted: { count: number; ttl: number };
    try {
      this.assertRedisUsable();
      counted = await this.redisHit(key, windowSeconds);
    } catch (error) {
      this.warn(error);
      counted = this.localHit(key, windowSeconds);
    }
    if (counted.count > limit) {
      const retryAfter = Math.max(1, counted.ttl);
      throw new DomainError('rate_limited', `Too many requests: try again in ${retryAfter} s`, {
        retryAfter,
      });
    }
  }

  /**
   * Takes one of `limit` tries on `key` for a window of `windowSeconds` that starts with the first try and starts
   * again in full when the last try is taken; false when none is left. Taken before the thing is checked, so
   * that concurrent requests cannot get past the limit; `giveBack` returns the try of a request that succeeded.
   * Counted in this process while Redis cannot be reached, like `hit`.
   */
  async take(key: string, limit: number, windowSeconds: number): Promise<boolean> {
    try {
      this.assertRedisUsable();
      return (await this.redis.eval(TAKE, 1, `rl:${key}`, limit, windowSeconds)) === 1;
    } catch (error) {
      this.warn(error);
      const entry = this.localEntry(key, windowSeconds);
      entry.count += 1;
      if (entry.count === limit) {
        entry.resetAt = Date.now() + windowSeconds * 1000;
      }
      return entry.count <= limit;
    }
  }

  /** Best effort: a try that cannot be given back only stays taken until the window ends. */
  async giveBack(key: string): Promise<void> {
    try {
      this.assertRedisUsable();
      await this.redis.eval(GIVE_BACK, 1, `rl:${key}`);
    } catch (error) {
      this.warn(error);
      const entry = this.local.get(key);
      if (entry && entry.resetAt > Date.now() && entry.count > 0) {
        entry.count -= 1;
      }
    }
  }

  private async redisHit(key: string, windowSeconds: number): Promise<{ count: number; ttl: number }> {
    const result = (await this.redis
      .multi()
      .incr(`rl:${key}`)
      .expire(`rl:${key}`, windowSeconds, 'NX')
      .ttl(`rl:${key}`)
      .exec()) as [Error | null, number][] | null;
    return { count: result?.[0]?.[1] ?? 0, ttl: result?.[2]?.[1] ?? windowSeconds };
  }

  private localHit(key: string, windowSeconds: number): { count: number; ttl: number } {
    const entry = this.localEntry(key, windowSeconds);
    entry.count += 1;
    return { count: entry.count, ttl: Math.ceil((entry.resetAt - Date.now()) / 1000) };
  }

  /** The live in-process window of `key`, a new one when it has none. */
  private localEntry(key: string, windowSeconds: number): { count: number; resetAt: number } {
    const now = Date.now();
    let entry = this.local.get(key);
    if (!entry || entry.resetAt <= now) {
      this.local.delete(key);
      if (this.local.size >= LOCAL_KEYS) {
        this.prune(now);
      }
      entry = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.local.set(key, entry);
    }
    return entry;
  }

  /** Drops expired windows; if every window is live, the oldest (first inserted) go. */
  private prune(now: number): void {
    for (const [key, entry] of this.local) {
      if (entry.resetAt <= now) {
        this.local.delete(key);
      }
    }
    for (const key of this.local.keys()) {
      if (this.local.size < LOCAL_KEYS) {
        break;
      }
      this.local.delete(key);
    }
  }

  private assertRedisUsable(): void {
    if (Date.now() < this.redisDownUntil) {
      throw new Error('skipped after a recent failure');
    }
  }

  /** Once a minute at most: an outage must be visible in the log without flooding it. */
  private warn(error: unknown): void {
    this.redisDownUntil = Math.max(this.redisDownUntil, Date.now() + REDIS_RETRY_MS);
    if (Date.now() - this.lastWarning > 60_000) {
      this.lastWarning = Date.now();
      this.logger.warn(
        `Redis unreachable, rate limits are counted in this process until it returns: ${
          error instanceof Error ? error.message : String(error)
        }`,
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
