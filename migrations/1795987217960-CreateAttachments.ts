import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case file: documents attached to a case or to a visit. Their bytes live in the attachment storage (a
 * directory or an S3 bucket) under `storage_key`; this table holds what is known of them.
 */
export class CreateAttachments1795987217960 implements MigrationInterface {
  name = 'CreateAttachments1795987217960';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachment" ("id" uuid NOT NULL, "case_id" uuid, "reception_id" uuid, "kind" character varying(24) NOT NULL, "file_name" character varying(255) NOT NULL, "media_type" character varying(128) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(255) NOT NULL, "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "paper_date" date, CONSTRAINT "ck_attachment_size" CHECK ("size" > 0), CONSTRAINT "ck_attachment_kind" CHECK ("kind" IN ('petition', 'evidence', 'acceptance_notice', 'decision', 'other')), CONSTRAINT "ck_attachment_parent" CHECK (("case_id" IS NULL) <> ("reception_id" IS NULL)), CONSTRAINT "pk_attachment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_attachment_uploaded_by" ON "attachment"  ("uploaded_by") `);
    await queryRunner.query(
      `CREATE INDEX "ix_attachment_reception" ON "attachment"  ("reception_id", "uploaded_at") WHERE "reception_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attachment_case" ON "attachment"  ("case_id", "uploaded_at") WHERE "case_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "fk_attachment_case" FOREIGN KEY ("case_id") REFERENCES "citizen_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "fk_attachment_reception" FOREIGN KEY ("reception_id") REFERENCES "reception"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "fk_attachment_uploaded_by" FOREIGN KEY ("uploaded_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "fk_attachment_uploaded_by"`);
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "fk_attachment_reception"`);
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "fk_attachment_case"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attachment_case"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attachment_reception"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attachment_uploaded_by"`);
    await queryRunner.query(`DROP TABLE "attachment"`);
  }
}
