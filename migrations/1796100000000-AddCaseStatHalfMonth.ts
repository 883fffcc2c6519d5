import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The resolution summary (CreateCaseStatistics) gains a level `h`: per unit, kind and month, the deltas dated
 * from the 1st to the 14th (bucket: the month's 1st). A prefix at the 15th, the official periods' bound
 * (cut-off day 15, DOMAIN.md 12.8), then reads one such row instead of fourteen day rows, so an official
 * month costs what a calendar month does. The second half of a month needs no row: a prefix past it reads the
 * month row. Only the writing functions change; the rows are derived from the day rows already there.
 *
 * A unit tree's report reads its units' rows by `(level, unit_id, bucket)` instead of walking every unit's rows
 * of the bucket range once per unit. Counters change in place (HOT updates, fillfactor 70): the index is
 * written only when a unit, kind and bucket gets its first row.
 *
 * The drill-down's span index (cases open at an instant) takes the unit too, so a unit tree's list probes its
 * units' cases only, and leaves out the complaints, denunciations and petitions never accepted: counted in no
 * report, they stayed open in it for ever, more of them every year of history.
 */
const SPAN = `tstzrange(COALESCE(accepted_at, received_at),
  CASE WHEN resolved_at IS NOT NULL THEN GREATEST(resolved_at, COALESCE(accepted_at, received_at)) END, '(]')`;
const LEVELS_BEFORE = `(VALUES ('d'), ('m'), ('y')) AS lv(level)`;
const LEVELS = `(VALUES ('d'), ('h'), ('m'), ('y')) AS lv(level)`;
const HALF = (day: string): string => `(lv.level <> 'h' OR extract(day FROM ${day}) < 15)`;

function applySql(levels: string, where: string): string {
  return `CREATE OR REPLACE FUNCTION case_stat_apply(o_unit uuid, o_kind varchar, o_contrib jsonb,
                                                             n_unit uuid, n_kind varchar, n_contrib jsonb)
      RETURNS void LANGUAGE sql AS $fn$
      INSERT INTO case_stat AS t (level, bucket, unit_id, kind, started, ended, withdrawn, terminated, on_time, overdue)
      SELECT lv.level,
             CASE lv.level WHEN 'd' THEN x.day WHEN 'y' THEN date_trunc('year', x.day::timestamp)::date
                           ELSE date_trunc('month', x.day::timestamp)::date END AS bucket,
             x.unit_id, x.kind, sum(x.st * x.sign), sum(x.en * x.sign), sum(x.wd * x.sign), sum(x.tm * x.sign),
             sum(x.ot * x.sign), sum(x.od * x.sign)
      FROM (SELECT o_unit AS unit_id, o_kind AS kind, -1 AS sign, r.*
              FROM jsonb_to_recordset(COALESCE(o_contrib, '[]'))
                   AS r(day date, st int, en int, wd int, tm int, ot int, od int)
            UNION ALL
            SELECT n_unit, n_kind, 1, r.*
              FROM jsonb_to_recordset(COALESCE(n_contrib, '[]'))
                   AS r(day date, st int, en int, wd int, tm int, ot int, od int)) x
      CROSS JOIN ${levels}
      WHERE ${where}
      GROUP BY 1, 2, 3, 4
      HAVING (sum(x.st * x.sign), sum(x.en * x.sign), sum(x.wd * x.sign), sum(x.tm * x.sign), sum(x.ot * x.sign),
              sum(x.od * x.sign)) <> (0, 0, 0, 0, 0, 0)
      ORDER BY 1, 2, 3, 4
      ON CONFLICT (level, bucket, unit_id, kind) DO UPDATE SET
        started = t.started + EXCLUDED.started, ended = t.ended + EXCLUDED.ended,
        withdrawn = t.withdrawn + EXCLUDED.withdrawn, terminated = t.terminated + EXCLUDED.terminated,
        on_time = t.on_time + EXCLUDED.on_time, overdue = t.overdue + EXCLUDED.overdue
      $fn$`;
}

function rebuildSql(levels: string, where: string): string {
  return `CREATE OR REPLACE FUNCTION case_stat_rebuild() RETURNS void LANGUAGE plpgsql AS $fn$
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
               CASE lv.level WHEN 'd' THEN c.day WHEN 'y' THEN date_trunc('year', c.day::timestamp)::date
                             ELSE date_trunc('month', c.day::timestamp)::date END,
               c.unit_id, c.kind, sum(c.started), sum(c.ended), sum(c.withdrawn), sum(c.terminated), sum(c.on_time),
               sum(c.overdue)
        FROM case_stat_tmp c CROSS JOIN ${levels}
        WHERE c.day IS NOT NULL AND ${where}
        GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2, 3, 4;
        DROP TABLE case_stat_tmp;
      END $fn$`;
}

export class AddCaseStatHalfMonth1796100000000 implements MigrationInterface {
  name = 'AddCaseStatHalfMonth1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(applySql(LEVELS, HALF('x.day')));
    await queryRunner.query(rebuildSql(LEVELS, HALF('c.day')));
    await queryRunner.query(`INSERT INTO case_stat (level, bucket, unit_id, kind, started, ended, withdrawn,
        terminated, on_time, overdue)
      SELECT 'h', date_trunc('month', s.bucket::timestamp)::date, s.unit_id, s.kind, sum(s.started), sum(s.ended),
             sum(s.withdrawn), sum(s.terminated), sum(s.on_time), sum(s.overdue)
      FROM case_stat s WHERE s.level = 'd' AND extract(day FROM s.bucket) < 15
      GROUP BY 1, 2, 3, 4
      HAVING (sum(s.started), sum(s.ended), sum(s.withdrawn), sum(s.terminated), sum(s.on_time),
              sum(s.overdue)) <> (0, 0, 0, 0, 0, 0)
      ORDER BY 1, 2, 3, 4`);
    await queryRunner.query(
      `CREATE INDEX "ix_case_stat_unit" ON "case_stat" ("level", "unit_id", "bucket", "kind")`,
    );
    await queryRunner.query(`DROP INDEX "ix_citizen_case_report_span"`);
    await queryRunner.query(`CREATE INDEX "ix_citizen_case_report_span" ON "citizen_case" USING gist (kind, unit_id, ${SPAN})
      WHERE accepted_at IS NOT NULL OR kind IN ('civil_status', 'certification')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_citizen_case_report_span"`);
    await queryRunner.query(
      `CREATE INDEX "ix_citizen_case_report_span" ON "citizen_case" USING gist (kind, ${SPAN})`,
    );
    await queryRunner.query(`DROP INDEX "ix_case_stat_unit"`);
    await queryRunner.query(`DELETE FROM case_stat WHERE level = 'h'`);
    await queryRunner.query(rebuildSql(LEVELS_BEFORE, 'TRUE'));
    await queryRunner.query(applySql(LEVELS_BEFORE, 'TRUE'));
  }
}
