/** Names shared by the global setup and the per-file test apps. */
export const PG_BASE = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
/** This run's migrated template (named by the global setup); each test file copies it. */
export const TEMPLATE_DB = process.env.TEST_TEMPLATE_DB ?? 'citizen_cases_e2e_template';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/14';

export function databaseUrl(name: string): string {
  return `${PG_BASE}/${name}`;
}
