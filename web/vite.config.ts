import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { screenPreload } from './build/screen-preload.ts';

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
  plugins: [
    react(),
    // The dashboard opened by its address (UI.md: leaders bookmark it) loads its code and its chart's at once,
    // and, when this browser's user reads reports, src/boot/early.ts starts its first requests before the bundle.
    screenPreload(
      [
        {
          path: /^\/app\/bao-cao\/?$/,
          modules: ['features/reports/DashboardPage.tsx'],
        },
      ],
      'src/boot/early.ts',
    ),
  ],
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
