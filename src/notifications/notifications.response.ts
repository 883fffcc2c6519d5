import { PageResponse } from '../common/validation/page.response.js';
import { NotificationResponse } from './notification.response.js';

export class NotificationPageDto extends PageResponse(NotificationResponse) {}
