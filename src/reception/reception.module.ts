import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { CitizensModule } from '../citizens/citizens.module.js';
import { LeaderDaysService } from './leader-days.service.js';
import { ReceptionCaseService } from './reception-case.service.js';
import { ReceptionQueryService } from './reception-query.service.js';
import { ReceptionViewService } from './reception-view.service.js';
import { ReceptionController } from './reception.controller.js';
import { ReceptionService } from './reception.service.js';
import { ReceptionStatisticsService } from './statistics/reception-statistics.service.js';

/** The citizen reception log (sổ tiếp công dân) and leaders' reception days. Depends on cases, never the reverse. */
@Module({
  imports: [AuditModule, CalendarModule, CitizensModule, CasesModule],
  controllers: [ReceptionController],
  providers: [
    ReceptionService,
    ReceptionCaseService,
    ReceptionQueryService,
    ReceptionViewService,
    LeaderDaysService,
    ReceptionStatisticsService,
  ],
  exports: [ReceptionQueryService, ReceptionStatisticsService],
})
export class ReceptionModule {}
