import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCalendar1795568766260 implements MigrationInterface {
  name = 'CreateCalendar1795568766260';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_day" ("date" date NOT NULL, "type" character varying(16) NOT NULL, "name" character varying(500) NOT NULL, "notice" character varying(500), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_calendar_day_type" CHECK ("type" IN ('day_off', 'working_day')), CONSTRAINT "pk_calendar_day" PRIMARY KEY ("date"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_year" ("year" integer NOT NULL, "confirmed" boolean NOT NULL DEFAULT false, CONSTRAINT "pk_calendar_year" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_revision" ("id" smallint NOT NULL, "revision" bigint NOT NULL, CONSTRAINT "ck_calendar_revision_single" CHECK ("id" = 1), CONSTRAINT "pk_calendar_revision" PRIMARY KEY ("id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "calendar_revision"`);
    await queryRunner.query(`DROP TABLE "calendar_year"`);
    await queryRunner.query(`DROP TABLE "calendar_day"`);
  }
}
