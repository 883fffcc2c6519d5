import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import type { CanActivate } from '@nestjs/common';
import { ApplicationConfig } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { Roles } from '../auth/auth.decorators.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import { DomainExceptionFilter } from '../common/errors/domain-exception.filter.js';
import { NOTIFICATION_QUEUE } from '../notifications/notification-queue.js';
import { REMINDER_QUEUE } from '../reminders/reminder-queue.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** What the dashboard asks of the global guard: what a controller marked `@Roles('admin')` asks. */
@Roles('admin')
class QueueDashboardAccess {
  open(this: void): void {}
}

/**
 * The BullMQ dashboard (@bull-board) at /admin/queues, for admins only. Every request, assets and API calls
 * included, goes through the API's own global guard (same token or session checks, same 401/403 answers): the
 * guard is run on a context that looks like a controller method marked `@Roles('admin')`.
 */
export async function registerQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const board = new FastifyAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: [NOTIFICATION_QUEUE, REMINDER_QUEUE].map(
      (name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false })),
    ),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'Citizen cases queues' } },
  });
  const guards = (): CanActivate[] => app.get(ApplicationConfig).getGlobalGuards();
  const filter = new DomainExceptionFilter();
  await app.register(
    async (scope: FastifyInstance) => {
      scope.addHook('onRequest', async (request, reply) => {
        const context = new ExecutionContextHost(
          [request, reply, undefined],
          QueueDashboardAccess,
          QueueDashboardAccess.prototype.open,
        );
        try {
          for (const guard of guards()) {
            if ((await guard.canActivate(context)) === false) {
              throw new ForbiddenError('This action needs one of the roles: admin');
            }
          }
        } catch (error) {
          filter.catch(error, context);
          return reply;
        }
      });
      await scope.register(board.registerPlugin());
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
}
