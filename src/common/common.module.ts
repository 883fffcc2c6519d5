import { Global, Module } from '@nestjs/common';
import { BusinessClock, Clock, SystemClock } from './clock.js';

@Global()
@Module({
  providers: [{ provide: Clock, useClass: SystemClock }, BusinessClock],
  exports: [Clock, BusinessClock],
})
export class CommonModule {}
