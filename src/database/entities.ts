import { Attachment } from '../attachments/attachment.entity.js';
import { AuditLog } from '../audit/audit-log.entity.js';
import { LoginClient } from '../users/login-client.entity.js';
import { CalendarDay, CalendarRevision, CalendarYear } from '../calendar/calendar-day.entity.js';
import { Case, CaseEvent, IdempotencyKey } from '../cases/case.entity.js';
import { Reception } from '../reception/reception.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';

/** Every entity, listed once for the data source (the app, the migration CLI and the tests). */
export const ENTITIES = [
  Unit,
  User,
  LoginClient,
  AuditLog,
  CalendarDay,
  CalendarYear,
  CalendarRevision,
  Case,
  CaseEvent,
  IdempotencyKey,
  Reception,
  Notification,
  Attachment,
];
