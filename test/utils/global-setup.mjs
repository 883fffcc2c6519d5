// Once per test run: name this run's template database (migrated by the first test file that needs it, see
// test/utils/test-app.ts), so that two runs on one machine never share or drop each other's template.
// Plain JavaScript: Jest loads global setup outside its module mapper.
export default async function globalSetup() {
  process.env.TEST_TEMPLATE_DB = `cc_tpl_${process.pid}_${Date.now().toString(36)}`;
}
