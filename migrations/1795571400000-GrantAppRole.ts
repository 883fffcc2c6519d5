import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The role the API and the worker may run as (README "Security"): it reads and writes rows but owns nothing,
 * so it cannot alter a table, disable the append-only triggers of `audit_log` and `case_event`, or truncate.
 * Created here when the migrating role may create roles; otherwise an operator creates it first
 * (`CREATE ROLE citizen_cases_app NOLOGIN`). Default privileges extend the grants to the tables and
 * sequences of later migrations.
 */
export const APP_ROLE = 'citizen_cases_app';

export class GrantAppRole1795571400000 implements MigrationInterface {
  name = 'GrantAppRole1795571400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          BEGIN
            CREATE ROLE ${APP_ROLE} NOLOGIN;
          EXCEPTION
            WHEN duplicate_object OR unique_violation THEN NULL;
            WHEN insufficient_privilege THEN
              RAISE WARNING 'role ${APP_ROLE} does not exist and % may not create it: no grants made', current_user;
              RETURN;
          END;
        END IF;
        GRANT USAGE, CREATE ON SCHEMA public TO ${APP_ROLE};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE};
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE};
        REVOKE UPDATE, DELETE ON audit_log, case_event FROM ${APP_ROLE};
        REVOKE INSERT, UPDATE, DELETE ON migrations FROM ${APP_ROLE};
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE};
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${APP_ROLE};
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ${APP_ROLE};
          ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ${APP_ROLE};
          REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE};
          REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE};
          REVOKE ALL ON SCHEMA public FROM ${APP_ROLE};
        END IF;
      END $$`);
  }
}
