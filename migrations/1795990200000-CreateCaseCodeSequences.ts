import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The case-number prefixes (CASE_CODE_PREFIX) when this migration was written; a new kind adds its own. */
const PREFIXES = ['kn', 'tc', 'pa', 'ht', 'ct'];
/** CASE_CODE_YEARS in src/cases/domain/case-kind.ts. */
const FIRST_CODE_YEAR = 2000;
const LAST_CODE_YEAR = 2099;

/**
 * Case numbers (`KN-2024-000123`) count per prefix and year in a sequence (no lock: concurrent intakes do not
 * wait for each other). Intake used to create each one on first use (schema changes at request time, issue 15);
 * they are all made here, for the years FIRST_CODE_YEAR to LAST_CODE_YEAR. Those made already keep their values.
 */
export class CreateCaseCodeSequences1795990200000 implements MigrationInterface {
  name = 'CreateCaseCodeSequences1795990200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DO $$ DECLARE p text; y int; BEGIN
         FOREACH p IN ARRAY $1::text[] LOOP
           FOR y IN $2..$3 LOOP
             EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I', 'case_code_' || p || '_' || y);
           END LOOP;
         END LOOP;
       END $$`
        .replace('$1::text[]', `ARRAY['${PREFIXES.join("','")}']`)
        .replace('$2', String(FIRST_CODE_YEAR))
        .replace('$3', String(LAST_CODE_YEAR)),
    );
  }

  /** Drops the sequences no case number was taken from. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$ DECLARE s record; BEGIN
      FOR s IN SELECT sequencename FROM pg_sequences
                WHERE schemaname = current_schema() AND sequencename ~ '^case_code_[a-z]+_[0-9]{4}$'
                  AND last_value IS NULL LOOP
        EXECUTE format('DROP SEQUENCE %I', s.sequencename);
      END LOOP;
    END $$`);
  }
}
