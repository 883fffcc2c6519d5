import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An earlier visit of the same unit sharing an ID number with visit `r` (`sealed`: whether sealed ones count). */
const EARLIER = (sealed: boolean): string => `EXISTS (SELECT 1 FROM "reception" p
  WHERE p."unit_id" = r."unit_id" AND p."visited_at" < r."visited_at"
    AND p."representative_id_hashes" && r."representative_id_hashes"${sealed ? '' : ' AND NOT p."representatives_sealed"'})`;

/**
 * A visit's `repeat_visit` no longer counts sealed visits (a count must not tell that a sealed visit exists for a
 * person); what the officer declared is kept apart, so that responses can compute the flag for each reader.
 * Existing rows: a flag that differs from what the register shows was declared.
 */
export class AddReceptionRepeatVisitDeclared1795570400000 implements MigrationInterface {
  name = 'AddReceptionRepeatVisitDeclared1795570400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reception" ADD "repeat_visit_declared" boolean`);
    await queryRunner.query(
      `UPDATE "reception" r SET "repeat_visit_declared" = r."repeat_visit" WHERE r."repeat_visit" <> ${EARLIER(true)}`,
    );
    await queryRunner.query(
      `UPDATE "reception" r SET "repeat_visit" = COALESCE(r."repeat_visit_declared", ${EARLIER(false)})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "reception" r SET "repeat_visit" = COALESCE(r."repeat_visit_declared", ${EARLIER(true)})`,
    );
    await queryRunner.query(`ALTER TABLE "reception" DROP COLUMN "repeat_visit_declared"`);
  }
}
