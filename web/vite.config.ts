/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API (./run.sh) listens on 5080; in development Vite proxies /api/…, /swagger and /hangfire to it.
const apiTarget = process.env.SWC_API_URL ?? 'http://localhost:5080';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    port: 5173,
    // A key starting with ^ is a RegExp: a plain '/api' prefix would also send the SPA's /api-clients page to the API.
    proxy: { '^/api/': apiTarget, '/swagger': apiTarget, '/hangfire': apiTarget },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      output: {
        // Vendors that change rarely get their own long-cached chunks.
        manualChunks(id) {
          if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
          if (/node_modules\/(@tanstack|openapi-fetch)\//.test(id)) return 'query';
          if (/node_modules\/(i18next|react-i18next)\//.test(id)) return 'i18n';
          return undefined;
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs'],
    css: false,
    testTimeout: 15000,
    // One jsdom and one module graph per worker thread instead of per file: Mantine and the app's modules load
    // once, not 37 times (CPU for the component tests 3m17s -> 57 s). Every test renders into a fresh root,
    // the setup file unmounts it and signs out after each test, and no test mutates a module's state.
    pool: 'threads',
    isolate: false,
    unstubGlobals: true,
  },
});
