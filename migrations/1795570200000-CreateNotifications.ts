import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The mail outbox: reminders, digests and citizen notices, unique per dedupe key. */
export class CreateNotifications1795570200000 implements MigrationInterface {
  name = 'CreateNotifications1795570200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dedupe_key" character varying(200) NOT NULL, "case_id" uuid, "stage" character varying(16) NOT NULL, "template" character varying(64) NOT NULL, "recipient_user_id" uuid, "recipient" character varying(320) NOT NULL, "recipient_cipher" text, "deadline" date, "deadline_version" integer, "data" jsonb NOT NULL DEFAULT '{}', "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_notification_status" CHECK ("status" IN ('pending', 'sent', 'failed', 'cancelled')), CONSTRAINT "pk_notification" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_notification_dedupe_key" ON "notification" ("dedupe_key")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_case" ON "notification" ("case_id", "created_at")`,
    );
    // The sweep re-queues what is still pending: a partial index keeps that scan small.
    await queryRunner.query(
      `CREATE INDEX "ix_notification_pending" ON "notification" ("id") WHERE "status" = 'pending'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_notification_pending"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_case"`);
    await queryRunner.query(`DROP INDEX "public"."uq_notification_dedupe_key"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
