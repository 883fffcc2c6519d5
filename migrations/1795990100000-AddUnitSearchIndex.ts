import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The worklist's search inside a unit (`GET /cases?q=` for an inspector, or with `unitId`): one GIN index on the
 * unit and the trigrams of the folded search text (btree_gin), so that PostgreSQL reads the matching cases of
 * that unit only, instead of every matching case of the city and then the unit's among them. It serves a
 * search without a unit too, and replaces the trigram index on the text alone.
 */
export class AddUnitSearchIndex1795990100000 implements MigrationInterface {
  name = 'AddUnitSearchIndex1795990100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(
      `CREATE INDEX "ix_citizen_case_unit_search" ON "citizen_case" USING gin ("unit_id", "search_text" gin_trgm_ops)`,
    );
    await queryRunner.query(`DROP INDEX "ix_citizen_case_search_trgm"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_citizen_case_search_trgm" ON "citizen_case" USING gin ("search_text" gin_trgm_ops)`,
    );
    await queryRunner.query(`DROP INDEX "ix_citizen_case_unit_search"`);
  }
}
