import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CitizensModule } from '../citizens/citizens.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { CalendarImpactController } from './calendar-impact.controller.js';
import { CaseActionsService } from './case-actions.service.js';
import { CaseCalendarHandler } from './case-calendar.handler.js';
import { CaseDeadlineService } from './case-deadline.service.js';
import { CaseDueQueries } from './case-due.queries.js';
import { CaseEditsService } from './case-edits.service.js';
import { CaseIntakeRepository } from './case-intake.repository.js';
import { CaseIntakeService } from './case-intake.service.js';
import { CaseNoticesService } from './case-notices.service.js';
import { CaseQueryService } from './case-query.service.js';
import { PublicLookupService } from './public-lookup.service.js';
import { CaseViewService } from './case-view.service.js';
import { CasesController } from './cases.controller.js';
import { PublicCasesController } from './public-cases.controller.js';
import { CaseStatisticsService } from './statistics/case-statistics.service.js';

@Module({
  imports: [AuditModule, CalendarModule, CitizensModule, NotificationsModule],
  controllers: [CasesController, PublicCasesController, CalendarImpactController],
  providers: [
    CaseIntakeService,
    CaseIntakeRepository,
    CaseNoticesService,
    CaseActionsService,
    CaseEditsService,
    CaseQueryService,
    PublicLookupService,
    CaseViewService,
    CaseDeadlineService,
    CaseCalendarHandler,
    CaseStatisticsService,
    CaseDueQueries,
  ],
  exports: [
    CaseIntakeService,
    CaseQueryService,
    CaseDeadlineService,
    CaseViewService,
    CaseStatisticsService,
    CaseDueQueries,
  ],
})
export class CasesModule {}
