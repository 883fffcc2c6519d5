import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { type AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** A few kept-open connections: a sweep can queue thousands of mails at once. */
export const SMTP_POOL = { pool: true, maxConnections: 5, maxMessages: 1000 } as const;

function smtpOptions(smtpUrl: string): object {
  const url = new URL(smtpUrl);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 25,
    secure: url.protocol === 'smtps:',
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    ...SMTP_POOL,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

/** SMTP from SMTP_URL; without it (development) mails are written to the log as JSON instead of sent. */
@Injectable()
export class MailTransportService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailTransportService.name);
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.mail.smtpUrl
      ? nodemailer.createTransport(smtpOptions(config.mail.smtpUrl))
      : nodemailer.createTransport({ jsonTransport: true });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({ from: this.config.mail.from, ...mail });
    if (!this.config.mail.smtpUrl) {
      // No address and no body in the log: they may be a sealed denunciator's.
      this.logger.log(`mail ${mail.messageId} not sent (no SMTP_URL): ${mail.subject}`);
    }
  }

  /** After the worker's jobs have drained (WorkerDrain, before shutdown): an open send is never cut. */
  onApplicationShutdown(): void {
    this.transport.close();
  }
}
