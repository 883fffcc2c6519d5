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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_citizen_case_unit_received"`);
    await queryRunner.query(`DROP INDEX "ix_citizen_case_unit_due"`);
  }
}
