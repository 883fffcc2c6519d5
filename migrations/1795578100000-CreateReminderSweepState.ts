import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the reminder sweep needs to look at again (README "The reminder sweep"): the stage bounds of its last
 * run, the open cases changed since (due date, deadline version, status, assignee, unit: marked by a trigger),
 * and whether users or units changed (then the next sweep looks at every due case, as before). A sweep that
 * finds nothing new reads two small tables instead of every due case.
 */
export class CreateReminderSweepState1795578100000 implements MigrationInterface {
  name = 'CreateReminderSweepState1795578100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reminder_sweep_state" (
      "id" int PRIMARY KEY CHECK ("id" = 1),
      "today" date,
      "due_soon_until" date,
      "escalate_on_or_before" date,
      "full_sweep" boolean NOT NULL DEFAULT true)`);
    await queryRunner.query(`INSERT INTO "reminder_sweep_state" ("id") VALUES (1)`);
    await queryRunner.query(`CREATE TABLE "reminder_dirty_case" ("case_id" uuid PRIMARY KEY)`);
    await queryRunner.query(`CREATE FUNCTION reminder_mark_case() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO reminder_dirty_case (case_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $fn$`);
    await queryRunner.query(`CREATE TRIGGER "tr_reminder_mark_case"
      AFTER INSERT OR UPDATE OF due_date, deadline_version, status, assignee_id, unit_id ON "citizen_case"
      FOR EACH ROW WHEN (NEW.due_date IS NOT NULL AND NEW.status IN ('received', 'in_progress'))
      EXECUTE FUNCTION reminder_mark_case()`);
    await queryRunner.query(`CREATE FUNCTION reminder_mark_full() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE reminder_sweep_state SET full_sweep = true WHERE id = 1 AND NOT full_sweep;
        RETURN NULL;
      END $fn$`);
    await queryRunner.query(`CREATE TRIGGER "tr_reminder_mark_users"
      AFTER INSERT OR DELETE OR UPDATE OF role, unit_id, active, email, full_name ON "app_user"
      FOR EACH STATEMENT EXECUTE FUNCTION reminder_mark_full()`);
    await queryRunner.query(`CREATE TRIGGER "tr_reminder_mark_units"
      AFTER INSERT OR DELETE OR UPDATE OF path, parent_id ON "unit"
      FOR EACH STATEMENT EXECUTE FUNCTION reminder_mark_full()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_reminder_mark_units" ON "unit"`);
    await queryRunner.query(`DROP TRIGGER "tr_reminder_mark_users" ON "app_user"`);
    await queryRunner.query(`DROP TRIGGER "tr_reminder_mark_case" ON "citizen_case"`);
    await queryRunner.query(`DROP FUNCTION reminder_mark_full()`);
    await queryRunner.query(`DROP FUNCTION reminder_mark_case()`);
    await queryRunner.query(`DROP TABLE "reminder_dirty_case"`);
    await queryRunner.query(`DROP TABLE "reminder_sweep_state"`);
  }
}
