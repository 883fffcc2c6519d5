import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** `npm run bench:dashboard`: the measurements of e2e/*.bench.ts, not part of `npm test`. */
export default defineConfig({
  ...base,
  testMatch: '*.bench.ts',
  timeout: 900_000,
  reporter: 'list',
});
