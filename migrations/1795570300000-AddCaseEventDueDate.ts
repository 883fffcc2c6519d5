import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The due date left running by each case event, so that a report reads the deadline in force at a period's end.
 * Events written before this migration take the case's current due date (of its running clock, else of its
 * resolution clock): the best that can be known of them.
 */
export class AddCaseEventDueDate1795570300000 implements MigrationInterface {
  name = 'AddCaseEventDueDate1795570300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_event" ADD "due_date" date`);
    await queryRunner.query(
      `UPDATE "case_event" e SET "due_date" = COALESCE(c."due_date", c."resolution_due")
         FROM "citizen_case" c WHERE c."id" = e."case_id"`,
    );
    // One index-only probe per pending case for "the last event before the end of the period".
    await queryRunner.query(
      `CREATE INDEX "ix_case_event_due_at" ON "case_event" ("case_id", "occurred_at" DESC, "id" DESC) INCLUDE ("due_date")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_case_event_due_at"`);
    await queryRunner.query(`ALTER TABLE "case_event" DROP COLUMN "due_date"`);
  }
}
