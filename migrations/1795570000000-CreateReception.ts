import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The citizen reception log (issue 5) and the index behind a visit's `caseIds`. */
export class CreateReception1795570000000 implements MigrationInterface {
  name = 'CreateReception1795570000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reception" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visited_at" TIMESTAMP WITH TIME ZONE NOT NULL, "visit_date" date NOT NULL, "visitor_count" integer NOT NULL, "representatives" jsonb, "representatives_sealed" boolean NOT NULL DEFAULT false, "representatives_cipher" text, "representatives_name_index" text array, "representative_id_hashes" text array NOT NULL DEFAULT '{}', "search_text" text NOT NULL DEFAULT '', "category" character varying(16) NOT NULL, "subject" character varying(500) NOT NULL, "content" text NOT NULL, "previous_handling" text, "hosted_by" character varying(8) NOT NULL, "leader_id" uuid, "delegated" boolean NOT NULL DEFAULT false, "repeat_visit" boolean NOT NULL DEFAULT false, "unit_id" uuid NOT NULL, "outcome" character varying(16) NOT NULL, "refusal_ground" character varying(40), "note" text, "reply_due_date" date, "replied_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_reception_category" CHECK ("category" IN ('complaint', 'denunciation', 'petition', 'mixed', 'other')), CONSTRAINT "ck_reception_hosted_by" CHECK ("hosted_by" IN ('desk', 'leader')), CONSTRAINT "ck_reception_outcome" CHECK ("outcome" IN ('guided', 'case_opened', 'transferred', 'answered', 'refused')), CONSTRAINT "ck_reception_visitor_count" CHECK ("visitor_count" >= 1), CONSTRAINT "ck_reception_leader" CHECK ("hosted_by" = 'desk' OR "leader_id" IS NOT NULL), CONSTRAINT "ck_reception_refusal" CHECK (("outcome" = 'refused') = ("refusal_ground" IS NOT NULL)), CONSTRAINT "pk_reception" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_reception_created_by" ON "reception"  ("created_by") `);
    await queryRunner.query(
      `CREATE INDEX "ix_reception_reply_due" ON "reception"  ("reply_due_date") WHERE "reply_due_date" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_reception_leader_visit_date" ON "reception"  ("leader_id", "visit_date") WHERE "leader_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_reception_unit_visit_date" ON "reception"  ("unit_id", "visit_date") `,
    );
    // Blind index of sealed names, hashed ID numbers (array containment and overlap), folded-name trigram search.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "ix_reception_name_index" ON "reception" USING gin ("representatives_name_index") WHERE "representatives_name_index" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_reception_id_hashes" ON "reception" USING gin ("representative_id_hashes")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_reception_search_trgm" ON "reception" USING gin ("search_text" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception" ADD CONSTRAINT "fk_reception_unit" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception" ADD CONSTRAINT "fk_reception_leader" FOREIGN KEY ("leader_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_citizen_case_reception_id" ON "citizen_case"  ("reception_id") WHERE "reception_id" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_citizen_case_reception_id"`);
    await queryRunner.query(`ALTER TABLE "reception" DROP CONSTRAINT "fk_reception_leader"`);
    await queryRunner.query(`ALTER TABLE "reception" DROP CONSTRAINT "fk_reception_unit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reception_search_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reception_id_hashes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reception_name_index"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reception_unit_visit_date"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reception_leader_visit_date"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reception_reply_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reception_created_by"`);
    await queryRunner.query(`DROP TABLE "reception"`);
  }
}
