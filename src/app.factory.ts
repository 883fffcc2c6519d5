import { randomUUID } from 'node:crypto';
import helmet from '@fastify/helmet';
import { ConsoleLogger, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import { DomainExceptionFilter } from './common/errors/domain-exception.filter.js';
import { requestContext } from './common/http/request-context.js';
import { createValidationPipe } from './common/validation/validation.pipe.js';
import { type AppConfig, loadConfig } from './config/config.js';
import { serveWebApp } from './web/web-app.js';

export function createLogger(config: AppConfig, context: string): LoggerService {
  return new ConsoleLogger(context, {
    json: config.logJson,
    colors: !config.logJson,
    logLevels: config.logLevels,
  });
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Builds the HTTP API (used by main.ts and by the e2e tests), ready to `listen` or `init`. */
export async function createApp(config: AppConfig = loadConfig()): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    logger: createLogger(config, 'api'),
    bufferLogs: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    requestContext.run({ requestId: request.id, ip: request.ip ?? null, user: null }, done);
  });
  await app.register(helmet, { contentSecurityPolicy: false });
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
