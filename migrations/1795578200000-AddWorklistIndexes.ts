import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The worklist (`GET /cases`) of a unit in due-date or receipt order: an ordered walk of the unit's cases
 * (src/cases/case-list-parts.ts), and its count from the index alone.
 */
export class AddWorklistIndexes1795578200000 implements MigrationInterface {
  name = 'AddWorklistIndexes1795578200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_citizen_case_unit_due" ON "citizen_case" ("unit_id", "due_date", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_citizen_case_unit_received" ON "citizen_case" ("unit_id", "received_at", "id")`,
    );
    // The cases assigned to an inspector outside their unit, without reading the ones inside it.
    await queryRunner.query(
      `CREATE INDEX "ix_citizen_case_assignee_unit" ON "citizen_case" ("assignee_id", "unit_id") WHERE "assignee_id" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_citizen_case_assignee_unit"`);
    await queryRunner.query(`DROP INDEX "ix_citizen_case_unit_received"`);
    await queryRunner.query(`DROP INDEX "ix_citizen_case_unit_due"`);
  }
}
