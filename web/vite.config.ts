import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** API paths the dev server forwards to the API (`npm start` at the root, port 3000). */
const API_PATHS = [
  '/auth',
  '/cases',
  '/receptions',
  '/public',
  '/units',
  '/users',
  '/staff',
  '/reports',
  '/calendar',
  '/audit',
  '/notifications',
  '/reminders',
  '/health',
  '/docs-json',
];
const target = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  base: '/app/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: Object.fromEntries(API_PATHS.map((path) => [path, { target, changeOrigin: false }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
