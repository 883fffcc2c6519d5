import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reminder sweep queues its mails in batches, one BullMQ job per batch: `job_key` names the batch (the job
 * id), so that queueing a pending row again (next sweep) gives the same job id and BullMQ adds nothing twice.
 * NULL: the row is a job of its own, under its id (citizen notices, digests, a retried mail).
 */
export class AddNotificationJobKey1795990000000 implements MigrationInterface {
  name = 'AddNotificationJobKey1795990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" ADD "job_key" character varying(64)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "job_key"`);
  }
}
