import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The timeline of a case is evidence, like the audit log: no event may be changed or removed, and removing a
 * case may not take its events with it (the foreign key restricts instead of cascading).
 */
export class MakeCaseEventAppendOnly1795571300000 implements MigrationInterface {
  name = 'MakeCaseEventAppendOnly1795571300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_event" DROP CONSTRAINT "fk_case_event_case"`);
    await queryRunner.query(
      `ALTER TABLE "case_event" ADD CONSTRAINT "fk_case_event_case" FOREIGN KEY ("case_id") REFERENCES "citizen_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE FUNCTION case_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'case_event is append-only: % refused', TG_OP USING ERRCODE = '42501'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_case_event_no_update_delete BEFORE UPDATE OR DELETE ON "case_event" FOR EACH ROW EXECUTE FUNCTION case_event_refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_case_event_no_truncate BEFORE TRUNCATE ON "case_event" FOR EACH STATEMENT EXECUTE FUNCTION case_event_refuse_change()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_case_event_no_truncate ON "case_event"`);
    await queryRunner.query(`DROP TRIGGER trg_case_event_no_update_delete ON "case_event"`);
    await queryRunner.query(`DROP FUNCTION case_event_refuse_change()`);
    await queryRunner.query(`ALTER TABLE "case_event" DROP CONSTRAINT "fk_case_event_case"`);
    await queryRunner.query(
      `ALTER TABLE "case_event" ADD CONSTRAINT "fk_case_event_case" FOREIGN KEY ("case_id") REFERENCES "citizen_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
