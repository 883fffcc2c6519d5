import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case numbers (`KN-2024-000123`) count per code prefix and year in a table, instead of a sequence per prefix and
 * year that intake created on first use (schema changes at request time, issue 15). The numbers the sequences
 * gave so far carry over; the sequences go.
 */
export class CreateCaseCodeCounter1795990200000 implements MigrationInterface {
  name = 'CreateCaseCodeCounter1795990200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_code_counter" ("prefix" character varying(8) NOT NULL, "year" integer NOT NULL, "last" bigint NOT NULL, CONSTRAINT "pk_case_code_counter" PRIMARY KEY ("prefix", "year"))`,
    );
    await queryRunner.query(`DO $$
      DECLARE s record; n bigint;
      BEGIN
        FOR s IN SELECT sequencename FROM pg_sequences
                  WHERE schemaname = current_schema() AND sequencename ~ '^case_code_[a-z0-9]+_[0-9]{4}$' LOOP
          EXECUTE format('SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM %I', s.sequencename) INTO n;
          INSERT INTO case_code_counter (prefix, year, last)
          VALUES (upper(split_part(s.sequencename, '_', 3)), split_part(s.sequencename, '_', 4)::int, n);
          EXECUTE format('DROP SEQUENCE %I', s.sequencename);
        END LOOP;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$
      DECLARE c record;
      BEGIN
        FOR c IN SELECT * FROM case_code_counter LOOP
          EXECUTE format('CREATE SEQUENCE %I', 'case_code_' || lower(c.prefix) || '_' || c.year);
          IF c.last > 0 THEN
            PERFORM setval(format('%I', 'case_code_' || lower(c.prefix) || '_' || c.year), c.last);
          END IF;
        END LOOP;
      END $$`);
    await queryRunner.query(`DROP TABLE "case_code_counter"`);
  }
}
