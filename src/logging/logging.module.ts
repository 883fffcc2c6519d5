import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { loggerParams } from './logger-options.js';

/** pino for a process (`api`, `worker`): `app.useLogger(app.get(Logger))` routes Nest's own logs through it. */
@Module({})
export class LoggingModule {
  static forRoot(name: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => loggerParams(config, name),
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
