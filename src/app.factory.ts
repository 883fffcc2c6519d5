import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import { DomainExceptionFilter } from './common/errors/domain-exception.filter.js';
import { requestContext } from './common/http/request-context.js';
import { securityHeaders } from './common/http/security-headers.js';
import { createValidationPipe } from './common/validation/validation.pipe.js';
import type { AppConfig } from './config/config.js';
import { createNestLogger, logRequests } from './logging/logger-options.js';
import { HttpMetrics } from './metrics/http-metrics.js';
import { registerQueueDashboard } from './queue/queue-dashboard.js';
import { serveWebApp } from './web/web-app.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Builds the HTTP API (used by main.ts and by the e2e tests), ready to `listen` or `init`. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // SIGTERM: a request on a connection already accepted is served, not answered 503 (see README, Shutdown).
    return503OnClosing: false,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: createNestLogger(config, 'api'),
  });
  const fastify = app.getHttpAdapter().getInstance();
  const headers = securityHeaders();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(headers).header('x-request-id', request.id);
    const context = {
      requestId: request.id,
      ip: request.ip ?? null,
      user: null,
      route: request.routeOptions.url,
    };
    requestContext.attach(request.raw, context);
    requestContext.run(context, done);
  });
  logRequests(fastify);
  app.get(HttpMetrics).instrument(fastify);
  await registerQueueDashboard(app);
  // Uploads (the case file) are streamed part by part; one file a request, its size capped while it arrives.
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: {
      fileSize: config.attachments.maxBytes,
      files: 1,
      fields: 4,
      parts: 5,
      fieldSize: 1024,
      headerPairs: 20,
    },
  });
  await serveWebApp(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Citizen cases API')
      .setDescription(
        'Complaints, denunciations, petitions, civil status, certification and the reception log',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
