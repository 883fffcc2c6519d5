import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Each module owns its tables: no module's SQL names another module's table. Owners come from the entities
 * (`@Entity('name')` under `src/<module>/`) and, for tables without one, from the list below; every table a
 * migration creates must have one. The unit tree and the staff directory are read by every module (scopes are
 * unit paths, names come from users), so `DIRECTORY` tables may be read anywhere, but written only by their owner.
 */
const SRC = new URL('.', import.meta.url).pathname;
const MIGRATIONS = new URL('../migrations/', import.meta.url).pathname;

/** Tables without an entity, and the module whose code alone writes and reads them. */
const OWNERS_WITHOUT_ENTITY: Record<string, string> = {
  case_stat: 'cases',
  case_stat_case: 'cases',
  case_stat_setting: 'cases',
  reminder_dirty_case: 'reminders',
  reminder_sweep_state: 'reminders',
};

const DIRECTORY = new Set(['unit', 'app_user']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The source without its comments (block comments, and `//` comments on their own line). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function owners(): Map<string, string> {
  const owner = new Map(Object.entries(OWNERS_WITHOUT_ENTITY));
  for (const file of filesUnder(SRC).filter((f) => f.endsWith('.entity.ts'))) {
    for (const [, table] of readFileSync(file, 'utf8').matchAll(/@Entity\('([a-z_]+)'\)/g)) {
      owner.set(table, relative(SRC, file).split('/')[0]);
    }
  }
  return owner;
}

/** The tables a piece of SQL-bearing source reads (`FROM`, `JOIN`) and writes (`INTO`, `UPDATE`, `TRUNCATE`). */
function tablesNamed(source: string, known: Set<string>): { read: Set<string>; written: Set<string> } {
  const read = new Set<string>();
  const written = new Set<string>();
  for (const [, keyword, table] of code(source).matchAll(
    /\b(FROM|JOIN|INTO|UPDATE|TRUNCATE)\s+"?([a-z_]+)\b/g,
  )) {
    if (known.has(table)) {
      (keyword === 'FROM' || keyword === 'JOIN' ? read : written).add(table);
    }
  }
  // DELETE FROM writes.
  for (const [, table] of code(source).matchAll(/\bDELETE\s+FROM\s+"?([a-z_]+)\b/g)) {
    if (known.has(table)) {
      written.add(table);
    }
  }
  return { read, written };
}

function violations(module: string, source: string, owner: Map<string, string>): string[] {
  const { read, written } = tablesNamed(source, new Set(owner.keys()));
  const foreign = (t: string): boolean => owner.get(t) !== module;
  return [
    ...[...read].filter((t) => foreign(t) && !DIRECTORY.has(t)).map((t) => `reads ${t} (${owner.get(t)})`),
    ...[...written].filter(foreign).map((t) => `writes ${t} (${owner.get(t)})`),
  ];
}

describe('module table ownership', () => {
  const owner = owners();

  it('knows the owner of every table the migrations create', () => {
    const created = filesUnder(MIGRATIONS).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/CREATE TABLE "([a-z_]+)"/g)].map((m) => m[1]),
    );
    expect(created.length).toBeGreaterThan(10);
    expect(created.filter((t) => !owner.has(t))).toEqual([]);
    expect(owner.get('citizen_case')).toBe('cases');
    expect(owner.get('reception')).toBe('reception');
  });

  it('finds a foreign table in SQL, and not in comments or its own module', () => {
    const sql = 'await db.query(`SELECT 1 FROM citizen_case c JOIN unit u ON u.id = c.unit_id`);';
    expect(violations('notifications', sql, owner)).toEqual(['reads citizen_case (cases)']);
    expect(violations('cases', sql, owner)).toEqual([]);
    expect(
      violations('reception', '/** reads FROM citizen_case */\n// INSERT INTO case_event\n', owner),
    ).toEqual([]);
    expect(violations('auth', '`UPDATE app_user SET x = 1`; `DELETE FROM login_client`', owner)).toEqual([
      'reads login_client (users)',
      'writes app_user (users)',
      'writes login_client (users)',
    ]);
  });

  it('finds no module whose SQL names another module table', () => {
    const found: string[] = [];
    let scanned = 0;
    for (const file of filesUnder(SRC).filter((f) => !f.endsWith('.spec.ts'))) {
      const path = relative(SRC, file);
      const module = path.split('/')[0];
      if (!path.includes('/')) {
        continue;
      }
      scanned += 1;
      found.push(...violations(module, readFileSync(file, 'utf8'), owner).map((v) => `${path} ${v}`));
    }
    expect(scanned).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
});
