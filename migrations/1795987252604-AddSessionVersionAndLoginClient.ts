import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions end when an account changes: every token carries the user's `session_version`, raised on a change of
 * password, role or unit and on deactivation. Login failures count per account and client address
 * (`login_client`), so that wrong passwords from elsewhere do not lock the owner out. Tokens issued before this
 * migration carry no version: their users sign in again.
 */
export class AddSessionVersionAndLoginClient1795987252604 implements MigrationInterface {
  name = 'AddSessionVersionAndLoginClient1795987252604';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_client" ("user_id" uuid NOT NULL, "client" character varying(64) NOT NULL, "failed_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_success_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_login_client" PRIMARY KEY ("user_id", "client"))`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" ADD "session_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "login_client" ADD CONSTRAINT "fk_login_client_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "login_client" DROP CONSTRAINT "fk_login_client_user"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "session_version"`);
    await queryRunner.query(`DROP TABLE "login_client"`);
  }
}
