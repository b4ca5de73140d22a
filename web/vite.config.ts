/// <reference types="vitest/config" />
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes x.br and x.gz beside every built text asset over 1 kB, at build time, so the API serves them
 * with Content-Encoding without compressing per request (issue 19: the portal went out uncompressed).
 */
function precompress(): Plugin {
  let outDir = 'dist';
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return {
    name: 'swc-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json|txt|webmanifest)$/.test(file)) continue;
        const content = readFileSync(file);
        if (content.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

// The API (./run.sh) listens on 5080; in development Vite proxies /api/…, /swagger and /hangfire to it.
const apiTarget = process.env.SWC_API_URL ?? 'http://localhost:5080';

export default defineConfig({
  plugins: [react(), precompress()],
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
    // The component tests run beside the .NET tests and the browser journeys (./test.sh): a generous budget.
    testTimeout: 60000,
    // One jsdom and one module graph per worker thread instead of per file: Mantine and the app's modules load
    // once, not 37 times (CPU for the component tests 3m17s -> 57 s). Every test renders into a fresh root,
    // the setup file unmounts it and signs out after each test, and no test mutates a module's state.
    pool: 'threads',
    isolate: false,
    unstubGlobals: true,
  },
});
