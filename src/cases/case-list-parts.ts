import type { SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../common/http/request-context.js';
import { caseScopeParts } from './case-access.js';
import type { Case } from './case.entity.js';

/**
 * The query restricted to each disjoint part of the user's scope (`caseScopeParts`). An inspector's worklist is
 * the cases of their unit or assigned to them: PostgreSQL cannot walk an index in order for
 * `unit = ? OR assignee = ?`, so it would read and sort every case of the unit; as two disjoint parts (the
 * unit's cases, then the ones assigned to them elsewhere) each part is an ordered walk of
 * ix_citizen_case_unit_due / ix_citizen_case_unit_received (or a few rows), and the page is merged here.
 */
export function scopeParts(user: AuthUser, qb: SelectQueryBuilder<Case>): SelectQueryBuilder<Case>[] {
  const parts = caseScopeParts(user);
  return parts.length === 1
    ? [qb.andWhere(parts[0].sql, parts[0].params)]
    : parts.map((part) => qb.clone().andWhere(part.sql, part.params));
}

/**
 * One page of the union of disjoint parts, in `column` order (NULLS LAST) then id, and their total. With
 * `selective` (a search: its matches come from an index, not an ordered walk), the total comes with the page
 * (`count(*) OVER ()`), so that the matches are looked up once instead of twice.
 */
export async function pageOfParts(
  parts: SelectQueryBuilder<Case>[],
  sort: { field: 'dueDate' | 'receivedAt'; descending: boolean },
  offset: number,
  limit: number,
  selective = false,
): Promise<{ entities: Case[]; total: number }> {
  const column = sort.field === 'dueDate' ? 'c.due_date' : 'c.received_at';
  const direction = sort.descending ? 'DESC' : 'ASC';
  const results = await Promise.all(
    parts.map(async (qb) => {
      const counting = qb.clone();
      const page = qb
        .orderBy(column, direction, 'NULLS LAST')
        .addOrderBy('c.id')
        .offset(parts.length === 1 ? offset : 0)
        .limit(parts.length === 1 ? limit : offset + limit);
      if (selective) {
        const { entities, raw } = await page
          .addSelect('count(*) OVER ()', 'page_total')
          .getRawAndEntities<{ page_total: string }>();
        if (entities.length) {
          return { total: Number(raw[0].page_total), entities };
        }
      }
      // count(*), not TypeORM's count(DISTINCT id): a case has one unit, and the index alone answers it.
      const { n } = (await counting.select('count(*)::int', 'n').getRawOne<{ n: number }>())!;
      return { total: n, entities: selective ? [] : await page.getMany() };
    }),
  );
  const total = results.reduce((sum, r) => sum + r.total, 0);
  if (parts.length === 1) {
    return { entities: results[0].entities, total };
  }
  const key = (c: Case): string | null => (sort.field === 'dueDate' ? c.dueDate : c.receivedAt.toISOString());
  const entities = results
    .flatMap((r) => r.entities)
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (x !== y) {
        if (x === null) {
          return 1;
        }
        if (y === null) {
          return -1;
        }
        return (x < y ? -1 : 1) * (sort.descending ? -1 : 1);
      }
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    })
    .slice(offset, offset + limit);
  return { entities, total };
}
