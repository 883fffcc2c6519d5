import type { MigrationInterface } from 'typeorm';
import { CreateFoundation1795567405284 } from './1795567405284-CreateFoundation.js';
import { CreateCalendar1795568766260 } from './1795568766260-CreateCalendar.js';
import { SeedOfficialDays1795568766261 } from './1795568766261-SeedOfficialDays.js';
import { CreateCases1795568915911 } from './1795568915911-CreateCases.js';
import { CreateReception1795570000000 } from './1795570000000-CreateReception.js';
import { CreateNotifications1795570200000 } from './1795570200000-CreateNotifications.js';
import { AddCaseEventDueDate1795570300000 } from './1795570300000-AddCaseEventDueDate.js';
import { AddReceptionRepeatVisitDeclared1795570400000 } from './1795570400000-AddReceptionRepeatVisitDeclared.js';
import { MakeCaseEventAppendOnly1795571300000 } from './1795571300000-MakeCaseEventAppendOnly.js';
import { GrantAppRole1795571400000 } from './1795571400000-GrantAppRole.js';
import { CreateCaseStatistics1795578000000 } from './1795578000000-CreateCaseStatistics.js';
import { CreateReminderSweepState1795578100000 } from './1795578100000-CreateReminderSweepState.js';
import { AddWorklistIndexes1795578200000 } from './1795578200000-AddWorklistIndexes.js';
import { CreateAttachments1795987217960 } from './1795987217960-CreateAttachments.js';
import { AddSessionVersionAndLoginClient1795987252604 } from './1795987252604-AddSessionVersionAndLoginClient.js';
import { AddNotificationJobKey1795990000000 } from './1795990000000-AddNotificationJobKey.js';
import { AddUnitSearchIndex1795990100000 } from './1795990100000-AddUnitSearchIndex.js';
import { CreateCaseCodeSequences1795990200000 } from './1795990200000-CreateCaseCodeSequences.js';
import { AddCaseStatHalfMonth1796100000000 } from './1796100000000-AddCaseStatHalfMonth.js';
import { IndexPendingMailJobs1796200000000 } from './1796200000000-IndexPendingMailJobs.js';
import { KeyRemindersByDeadline1796300000000 } from './1796300000000-KeyRemindersByDeadline.js';
import { IndexRunningDueCases1796400000000 } from './1796400000000-IndexRunningDueCases.js';
import { IndexReportEnd1796500000000 } from './1796500000000-IndexReportEnd.js';

/** Every migration, in order. `npm run migration:generate <Name>` writes a file; read it, then add its class here. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  CreateFoundation1795567405284,
  CreateCalendar1795568766260,
  SeedOfficialDays1795568766261,
  CreateCases1795568915911,
  CreateReception1795570000000,
  CreateNotifications1795570200000,
  AddCaseEventDueDate1795570300000,
  AddReceptionRepeatVisitDeclared1795570400000,
  MakeCaseEventAppendOnly1795571300000,
  GrantAppRole1795571400000,
  CreateCaseStatistics1795578000000,
  CreateReminderSweepState1795578100000,
  AddWorklistIndexes1795578200000,
  CreateAttachments1795987217960,
  AddSessionVersionAndLoginClient1795987252604,
  AddNotificationJobKey1795990000000,
  AddUnitSearchIndex1795990100000,
  CreateCaseCodeSequences1795990200000,
  AddCaseStatHalfMonth1796100000000,
  IndexPendingMailJobs1796200000000,
  KeyRemindersByDeadline1796300000000,
  IndexRunningDueCases1796400000000,
  IndexReportEnd1796500000000,
];
