import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The resolution report's summary (README "Statistics summary"): what each case contributes to the report,
 * as dated deltas, summed per unit, kind and day, month and year. A period's figures are then prefix sums over
 * a few hundred rows instead of a scan of every case.
 *
 * A case (complaint, denunciation, petition: from its thụ lý date `s`; civil status, certification: from its
 * receipt date `s`; until its resolution date `e`, business dates) contributes:
 *   started +1 on `s`; ended +1 (and withdrawn, terminated, on_time as its status says) on `e`;
 *   overdue +1 / -1 on the first and the day after the last day at whose end it was pending and the due date in
 *   force (that of its last event dated on or before that day) had passed.
 * A case resolved before it started (`e < s`, never written by the API) is marked `odd` and counted by the
 * report from its events instead.
 *
 * The contributions are recomputed from the case and its events by deferred triggers, at the commit of every
 * transaction that writes a case or an event (actions, back-dated ones included, calendar recomputations,
 * any later write path), so the summary cannot drift from the events.
 */
const CONTRIB_COLUMNS = `case_id uuid, unit_id uuid, kind varchar, odd boolean, day date, started int, ended int,
  withdrawn int, terminated int, on_time int, overdue int`;

/** The contributions SQL, over the cases and events that pass the filters. */
function contribSql(caseFilter: string, eventFilter: string): string {
  return `
      WITH tz AS (SELECT time_zone FROM case_stat_setting WHERE id = 1),
      b AS (
        SELECT c.id, c.unit_id, c.kind::varchar AS kind, c.status, c.on_time,
               (CASE WHEN c.kind IN ('complaint', 'denunciation', 'petition') THEN c.accepted_at ELSE c.received_at END
                  AT TIME ZONE (SELECT time_zone FROM tz))::date AS s,
               (c.resolved_at AT TIME ZONE (SELECT time_zone FROM tz))::date AS e
        FROM citizen_case c
        WHERE ${caseFilter}
          AND c.kind IN ('complaint', 'denunciation', 'petition', 'civil_status', 'certification')
      ), k AS (
        SELECT b.*, COALESCE(b.e < b.s, false) AS odd FROM b WHERE b.s IS NOT NULL
      ), ev AS (
        SELECT e.case_id, (e.occurred_at AT TIME ZONE (SELECT time_zone FROM tz))::date AS day, e.due_date,
               row_number() OVER (PARTITION BY e.case_id, (e.occurred_at AT TIME ZONE (SELECT time_zone FROM tz))::date
                                  ORDER BY e.occurred_at DESC, e.id DESC) AS rn
        FROM case_event e
        WHERE ${eventFilter}
      ), seg AS (
        SELECT ev.case_id, ev.day, ev.due_date, lead(ev.day) OVER (PARTITION BY ev.case_id ORDER BY ev.day) AS next_day
        FROM ev WHERE ev.rn = 1
      ), iv AS (
        SELECT k.id, greatest(seg.day, seg.due_date + 1, k.s) AS lo, least(seg.next_day - 1, k.e - 1) AS hi
        FROM seg JOIN k ON k.id = seg.case_id AND NOT k.odd
        WHERE seg.due_date IS NOT NULL
      ), d AS (
        SELECT k.id, k.s AS day, 1 AS started, 0 AS ended, 0 AS withdrawn, 0 AS terminated, 0 AS on_time, 0 AS overdue
        FROM k WHERE NOT k.odd
        UNION ALL
        SELECT k.id, k.e, 0, 1, (k.status = 'withdrawn')::int, (k.status = 'terminated')::int,
               (k.on_time IS TRUE)::int, 0
        FROM k WHERE NOT k.odd AND k.e IS NOT NULL
        UNION ALL
        SELECT iv.id, iv.lo, 0, 0, 0, 0, 0, 1 FROM iv WHERE iv.hi IS NULL OR iv.lo <= iv.hi
        UNION ALL
        SELECT iv.id, iv.hi + 1, 0, 0, 0, 0, 0, -1 FROM iv WHERE iv.hi IS NOT NULL AND iv.lo <= iv.hi
      ), g AS (
        SELECT d.id, d.day, sum(d.started)::int AS started, sum(d.ended)::int AS ended,
               sum(d.withdrawn)::int AS withdrawn, sum(d.terminated)::int AS terminated,
               sum(d.on_time)::int AS on_time, sum(d.overdue)::int AS overdue
        FROM d GROUP BY d.id, d.day
      )
      SELECT k.id, k.unit_id, k.kind, k.odd, g.day, g.started, g.ended, g.withdrawn, g.terminated, g.on_time, g.overdue
      FROM k LEFT JOIN g ON g.id = k.id
        AND (g.started, g.ended, g.withdrawn, g.terminated, g.on_time, g.overdue) <> (0, 0, 0, 0, 0, 0)
`;
}

export class CreateCaseStatistics1795578000000 implements MigrationInterface {
  name = 'CreateCaseStatistics1795578000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_stat_setting" (
      "id" int PRIMARY KEY CHECK ("id" = 1),
      "time_zone" text NOT NULL)`);
    await queryRunner.query(
      `INSERT INTO "case_stat_setting" ("id", "time_zone") VALUES (1, 'Asia/Ho_Chi_Minh')`,
    );
    await queryRunner.query(`CREATE TABLE "case_stat" (
      "level" char(1) NOT NULL,
      "bucket" date NOT NULL,
      "unit_id" uuid NOT NULL,
      "kind" varchar(32) NOT NULL,
      "started" int NOT NULL DEFAULT 0,
      "ended" int NOT NULL DEFAULT 0,
      "withdrawn" int NOT NULL DEFAULT 0,
      "terminated" int NOT NULL DEFAULT 0,
      "on_time" int NOT NULL DEFAULT 0,
      "overdue" int NOT NULL DEFAULT 0,
      CONSTRAINT "pk_case_stat" PRIMARY KEY ("level", "bucket", "unit_id", "kind"))
      WITH (fillfactor = 70)`);
    await queryRunner.query(`CREATE TABLE "case_stat_case" (
      "case_id" uuid PRIMARY KEY,
      "unit_id" uuid NOT NULL,
      "kind" varchar(32) NOT NULL,
      "odd" boolean NOT NULL,
      "contrib" jsonb NOT NULL)`);
    await queryRunner.query(
      `CREATE INDEX "ix_case_stat_case_odd" ON "case_stat_case" ("case_id") WHERE "odd"`,
    );

    // Contributions of the given cases, and of every case (same SQL): one row per case and day.
    await queryRunner.query(
      `CREATE FUNCTION case_stat_contrib(ids uuid[]) RETURNS TABLE (${CONTRIB_COLUMNS})
       LANGUAGE sql STABLE AS $fn$ ${contribSql('c.id = ANY(ids)', 'e.case_id = ANY(ids)')} $fn$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION case_stat_contrib_all() RETURNS TABLE (${CONTRIB_COLUMNS})
       LANGUAGE sql STABLE AS $fn$ ${contribSql('TRUE', 'TRUE')} $fn$`,
    );

    // The difference between two contribution lists (jsonb; the old one subtracted) applied to the day, month
    // and year rows in one statement, in key order (concurrent writers lock rows in the same order).
    await queryRunner.query(`CREATE FUNCTION case_stat_apply(o_unit uuid, o_kind varchar, o_contrib jsonb,
                                                             n_unit uuid, n_kind varchar, n_contrib jsonb)
      RETURNS void LANGUAGE sql AS $fn$
      INSERT INTO case_stat AS t (level, bucket, unit_id, kind, started, ended, withdrawn, terminated, on_time, overdue)
      SELECT lv.level,
             CASE lv.level WHEN 'd' THEN x.day WHEN 'm' THEN date_trunc('month', x.day::timestamp)::date
                           ELSE date_trunc('year', x.day::timestamp)::date END AS bucket,
             x.unit_id, x.kind, sum(x.st * x.sign), sum(x.en * x.sign), sum(x.wd * x.sign), sum(x.tm * x.sign),
             sum(x.ot * x.sign), sum(x.od * x.sign)
      FROM (SELECT o_unit AS unit_id, o_kind AS kind, -1 AS sign, r.*
              FROM jsonb_to_recordset(COALESCE(o_contrib, '[]'))
                   AS r(day date, st int, en int, wd int, tm int, ot int, od int)
            UNION ALL
            SELECT n_unit, n_kind, 1, r.*
              FROM jsonb_to_recordset(COALESCE(n_contrib, '[]'))
                   AS r(day date, st int, en int, wd int, tm int, ot int, od int)) x
      CROSS JOIN (VALUES ('d'), ('m'), ('y')) AS lv(level)
      GROUP BY 1, 2, 3, 4
      HAVING (sum(x.st * x.sign), sum(x.en * x.sign), sum(x.wd * x.sign), sum(x.tm * x.sign), sum(x.ot * x.sign),
              sum(x.od * x.sign)) <> (0, 0, 0, 0, 0, 0)
      ORDER BY 1, 2, 3, 4
      ON CONFLICT (level, bucket, unit_id, kind) DO UPDATE SET
        started = t.started + EXCLUDED.started, ended = t.ended + EXCLUDED.ended,
        withdrawn = t.withdrawn + EXCLUDED.withdrawn, terminated = t.terminated + EXCLUDED.terminated,
        on_time = t.on_time + EXCLUDED.on_time, overdue = t.overdue + EXCLUDED.overdue
      $fn$`);

    // Recomputes one case's contributions and applies the difference.
    await queryRunner.query(`CREATE FUNCTION case_stat_refresh(p_case uuid) RETURNS void LANGUAGE plpgsql AS $fn$
      DECLARE
        old case_stat_case%ROWTYPE;
        n_unit uuid; n_kind varchar; n_odd boolean; n_contrib jsonb;
      BEGIN
        -- Fast path (intake of a complaint, denunciation or petition): not accepted, never counted.
        PERFORM 1 FROM citizen_case c
          WHERE c.id = p_case AND c.accepted_at IS NULL AND c.kind IN ('complaint', 'denunciation', 'petition');
        IF FOUND AND NOT EXISTS (SELECT 1 FROM case_stat_case s WHERE s.case_id = p_case) THEN
          RETURN;
        END IF;
        SELECT c.unit_id, c.kind, c.odd,
               COALESCE(jsonb_agg(jsonb_build_object('day', c.day, 'st', c.started, 'en', c.ended, 'wd', c.withdrawn,
                          'tm', c.terminated, 'ot', c.on_time, 'od', c.overdue) ORDER BY c.day)
                        FILTER (WHERE c.day IS NOT NULL), '[]'::jsonb)
          INTO n_unit, n_kind, n_odd, n_contrib
          FROM case_stat_contrib(ARRAY[p_case]) c
         GROUP BY c.unit_id, c.kind, c.odd;
        SELECT * INTO old FROM case_stat_case WHERE case_id = p_case FOR UPDATE;
        IF FOUND AND old.unit_id = n_unit AND old.kind = n_kind AND old.odd = n_odd AND old.contrib = n_contrib THEN
          RETURN;
        END IF;
        PERFORM case_stat_apply(old.unit_id, old.kind, old.contrib, n_unit, n_kind, n_contrib);
        IF n_unit IS NULL THEN
          DELETE FROM case_stat_case WHERE case_id = p_case;
          RETURN;
        END IF;
        INSERT INTO case_stat_case (case_id, unit_id, kind, odd, contrib)
        VALUES (p_case, n_unit, n_kind, n_odd, n_contrib)
        ON CONFLICT (case_id) DO UPDATE SET unit_id = EXCLUDED.unit_id, kind = EXCLUDED.kind, odd = EXCLUDED.odd,
          contrib = EXCLUDED.contrib;
      END $fn$`);

    // Rebuilds the whole summary from the cases and their events (after a bulk load with triggers off).
    await queryRunner.query(`CREATE FUNCTION case_stat_rebuild() RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        TRUNCATE case_stat, case_stat_case;
        -- In key order, so that a day's rows share a few pages (fillfactor leaves room for in-place updates).
        CREATE TEMP TABLE case_stat_tmp ON COMMIT DROP AS SELECT * FROM case_stat_contrib_all();
        INSERT INTO case_stat_case (case_id, unit_id, kind, odd, contrib)
        SELECT c.case_id, c.unit_id, c.kind, c.odd,
               COALESCE(jsonb_agg(jsonb_build_object('day', c.day, 'st', c.started, 'en', c.ended, 'wd', c.withdrawn,
                          'tm', c.terminated, 'ot', c.on_time, 'od', c.overdue) ORDER BY c.day)
                        FILTER (WHERE c.day IS NOT NULL), '[]'::jsonb)
        FROM case_stat_tmp c GROUP BY c.case_id, c.unit_id, c.kind, c.odd;
        INSERT INTO case_stat (level, bucket, unit_id, kind, started, ended, withdrawn, terminated, on_time, overdue)
        SELECT lv.level,
               CASE lv.level WHEN 'd' THEN c.day WHEN 'm' THEN date_trunc('month', c.day::timestamp)::date
                             ELSE date_trunc('year', c.day::timestamp)::date END,
               c.unit_id, c.kind, sum(c.started), sum(c.ended), sum(c.withdrawn), sum(c.terminated), sum(c.on_time),
               sum(c.overdue)
        FROM case_stat_tmp c CROSS JOIN (VALUES ('d'), ('m'), ('y')) AS lv(level)
        WHERE c.day IS NOT NULL
        GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2, 3, 4;
        DROP TABLE case_stat_tmp;
      END $fn$`);

    await queryRunner.query(`CREATE FUNCTION case_stat_touch_case() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM case_stat_refresh(CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
        RETURN NULL;
      END $fn$`);
    await queryRunner.query(`CREATE FUNCTION case_stat_touch_event() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM case_stat_refresh(CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END);
        IF TG_OP = 'UPDATE' AND OLD.case_id <> NEW.case_id THEN
          PERFORM case_stat_refresh(OLD.case_id);
        END IF;
        RETURN NULL;
      END $fn$`);
    // Deferred to the commit: the case and its events are final, whatever order the transaction wrote them in.
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER "tr_case_stat_case"
      AFTER INSERT OR DELETE OR UPDATE OF kind, unit_id, status, received_at, accepted_at, resolved_at, on_time
      ON "citizen_case" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION case_stat_touch_case()`);
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER "tr_case_stat_event"
      AFTER INSERT OR DELETE OR UPDATE OF case_id, occurred_at, due_date
      ON "case_event" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION case_stat_touch_event()`);
    await queryRunner.query(`SELECT case_stat_rebuild()`);
    // The drill-down list (resolution-sql.ts): cases open at a period's start, and cases by their start.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE INDEX "ix_citizen_case_report_span" ON "citizen_case" USING gist (kind,
      tstzrange(COALESCE(accepted_at, received_at),
                CASE WHEN resolved_at IS NOT NULL THEN GREATEST(resolved_at, COALESCE(accepted_at, received_at)) END,
                '(]'))`);
    await queryRunner.query(
      `CREATE INDEX "ix_citizen_case_report_start" ON "citizen_case" ((COALESCE(accepted_at, received_at)), code)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_citizen_case_report_start"`);
    await queryRunner.query(`DROP INDEX "ix_citizen_case_report_span"`);
    await queryRunner.query(`DROP TRIGGER "tr_case_stat_event" ON "case_event"`);
    await queryRunner.query(`DROP TRIGGER "tr_case_stat_case" ON "citizen_case"`);
    await queryRunner.query(`DROP FUNCTION case_stat_touch_event()`);
    await queryRunner.query(`DROP FUNCTION case_stat_touch_case()`);
    await queryRunner.query(`DROP FUNCTION case_stat_rebuild()`);
    await queryRunner.query(`DROP FUNCTION case_stat_refresh(uuid)`);
    await queryRunner.query(`DROP FUNCTION case_stat_apply(uuid, varchar, jsonb, uuid, varchar, jsonb)`);
    await queryRunner.query(`DROP FUNCTION case_stat_contrib_all()`);
    await queryRunner.query(`DROP FUNCTION case_stat_contrib(uuid[])`);
    await queryRunner.query(`DROP TABLE "case_stat_case"`);
    await queryRunner.query(`DROP TABLE "case_stat"`);
    await queryRunner.query(`DROP TABLE "case_stat_setting"`);
  }
}
