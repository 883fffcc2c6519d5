import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { type AppConfig, redisOptions } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { RateLimiterService } from './rate-limiter.service.js';
import { REDIS } from './redis.tokens.js';

/**
 * One shared ioredis client for rate limits, caches and health checks, on the database index of
 * REDIS_URL. It does not queue commands while Redis is down, and gives up on a command Redis does not answer
 * within a second (a frozen server keeps the socket open), so callers fail fast instead of hanging.
 */
export function createRedisClient(config: AppConfig): Redis {
  return new Redis({
    ...redisOptions(config.redisUrl),
    keyPrefix: `${config.redisPrefix}:`,
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 1000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
}

@Global()
@Module({
  providers: [{ provide: REDIS, inject: [APP_CONFIG], useFactory: createRedisClient }, RateLimiterService],
  exports: [REDIS, RateLimiterService],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
