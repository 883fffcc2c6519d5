import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the sweep reads to queue what was left behind, without reading every pending row:
 * - `ix_notification_pending_job`: the pending rows by job (`job_key`, or the row id for a job of its own) and
 *   attempts, so that the jobs of the pending rows are read one index probe each (a sweep's 50 mails are one
 *   job), with the round of each. It serves every `status = 'pending'` read too, and replaces
 *   `ix_notification_pending` (the pending rows by id).
 * - `ix_notification_citizen_failed`: the failed citizen notices by attempts, which the sweep re-opens while
 *   they have rounds left, instead of reading the whole outbox for them.
 */
export class IndexPendingMailJobs1796200000000 implements MigrationInterface {
  name = 'IndexPendingMailJobs1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_notification_pending_job" ON "notification" ((coalesce("job_key", "id"::text)), "attempts" DESC)
        WHERE "status" = 'pending'`,
    );
    await queryRunner.query(`DROP INDEX "ix_notification_pending"`);
    await queryRunner.query(
      `CREATE INDEX "ix_notification_citizen_failed" ON "notification" ("attempts")
        WHERE "stage" = 'citizen_notice' AND "status" = 'failed'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_notification_citizen_failed"`);
    await queryRunner.query(
      `CREATE INDEX "ix_notification_pending" ON "notification" ("id") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(`DROP INDEX "ix_notification_pending_job"`);
  }
}
