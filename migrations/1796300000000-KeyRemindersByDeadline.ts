import type { MigrationInterface, QueryRunner } from 'typeorm';

const REMINDER_STAGES = `('due_soon', 'due_today', 'overdue', 'escalation')`;

/**
 * A reminder's dedupe key starts with its deadline: `2024-04-03:<case>:<deadline version>:<stage>:<recipient>`
 * instead of `<case>:<deadline version>:<stage>:<recipient>`. The sweep writes the reminders of the due cases in
 * order of their due date, so the keys it checks and adds now fall next to each other in
 * `uq_notification_dedupe_key` instead of all over it (a case id is random). The first sweep over 100,000 open
 * cases (250,000 reminders) took 4.4-5.1 s instead of 5.4-5.6 s, in rounds alternating the two forms. A deadline
 * version has one due date, so the keys stay unique per (case, deadline version, stage, recipient). The reminders already in the outbox take the new form
 * (their `deadline` column is that date), so that none is created twice. Digests and citizen notices keep their
 * keys. On a large outbox the update rewrites every reminder row once.
 */
export class KeyRemindersByDeadline1796300000000 implements MigrationInterface {
  name = 'KeyRemindersByDeadline1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "notification" SET "dedupe_key" = to_char("deadline", 'YYYY-MM-DD') || ':' || "dedupe_key"
        WHERE "stage" IN ${REMINDER_STAGES} AND "deadline" IS NOT NULL AND "dedupe_key" !~ '^\\d{4}-\\d{2}-\\d{2}:'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "notification" SET "dedupe_key" = substring("dedupe_key" FROM 12)
        WHERE "stage" IN ${REMINDER_STAGES} AND "dedupe_key" ~ '^\\d{4}-\\d{2}-\\d{2}:'`,
    );
  }
}
