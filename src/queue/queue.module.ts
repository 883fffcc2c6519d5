import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { type AppConfig, redisOptions } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** BullMQ on the Redis of REDIS_URL (its database index included), queues prefixed by REDIS_PREFIX. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: { ...redisOptions(config.redisUrl), maxRetriesPerRequest: null },
        prefix: `${config.redisPrefix}:bull`,
      }),
    }),
  ],
})
export class QueueModule {}
