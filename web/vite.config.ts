/// <reference types="vitest/config" />
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';

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

/** Mantine's ScrollArea takes one hook from @floating-ui/react: it gets a copy (src/lib/vendor/merge-refs.ts), not the library. */
function scrollAreaWithoutFloatingUi(): Plugin {
  const copy = fileURLToPath(new URL('./src/lib/vendor/merge-refs.ts', import.meta.url));
  return {
    name: 'swc-scroll-area-merge-refs',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === '@floating-ui/react' && importer && /\/@mantine\/core\/esm\/components\/ScrollArea\/ScrollArea\.mjs$/.test(importer) ? copy : null,
  };
}

/**
 * The chunks of the first screens (issue 19: what the wire carries). Left to itself, Rollup cut sign-in plus the
 * province dashboard into ~60 files, one per set of screens sharing a module (Select, Table, a pager…), and each
 * answer costs its headers and, on a phone, a round trip. Here the modules those two screens use and the entry does
 * not are grouped: the entry's in its chunk ("index", React and the router in "react"); the dashboard's first render
 * in "province-dashboard" and the UI parts it shares (node_modules, src/components, src/lib) in "ui"; the lazy
 * sections below the figures in "dashboard-sections" and "ui-sections", which load beside the figures' API call
 * instead of before it; the sign-in page's own in "login"; the Vietnamese texts of the dashboard's features in one
 * file. Other screens keep Rollup's own splitting (a chunk per Mantine component) and load these for what they share.
 *
 * Reach is followed import by import; through a package's index ("@mantine/core", "@tabler/icons-react") only to
 * the files of the names imported, or every screen would seem to use every component the index lists.
 */
function firstScreensChunks(): Rollup.GetManualChunk {
  const src = resolve(fileURLToPath(new URL('./src', import.meta.url)));
  const roots = { entry: `${src}/main.tsx`, login: `${src}/app/routes/login.tsx`, dashboard: `${src}/app/routes/province-dashboard.tsx` };
  // The namespaces the dashboard and the shell around it load (app/router.tsx, main.tsx).
  const dashboardTexts = /\/src\/features\/(kpis|cases|targets|fundraising|reports|notifications)\/locales\/vi\.json$/;
  const texts = /\/locales\/[a-z]+\.json$/;
  const named = /import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;
  const reExported = /(?:import|export)\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;
  const names = (list: string) => list.split(',').map((part) => part.trim().split(/\s+as\s+/)).filter((p) => p[0]);
  let reach: Record<'entry' | 'login' | 'dashboard' | 'sections', Set<string>> | undefined;

  return (id, { getModuleInfo }) => {
    if (/node_modules\/(react|react-dom|scheduler|react-router|cookie|set-cookie-parser)\/|^\0commonjsHelpers/.test(id)) return 'react';
    if (dashboardTexts.test(id)) return 'texts-province';
    if (texts.test(id)) return undefined;
    reach ??= (() => {
      // A package index (only imports and re-exports): name -> file it re-exports the name from.
      const indexes = new Map<string, Map<string, string> | null>();
      const indexOf = (file: string) => {
        if (!indexes.has(file)) {
          const code = getModuleInfo(file)?.code ?? '';
          const isIndex = file.includes('/node_modules/') && /^\s*(\/\*[\s\S]*?\*\/\s*)?(import|export)\b/.test(code) && !/\n(const|function|let|var|class)\s/.test(code);
          const map = new Map<string, string>();
          if (isIndex) for (const [, list, from] of code.matchAll(reExported)) for (const [name, local] of names(list)) map.set(local ?? name, resolve(dirname(file), from));
          indexes.set(file, isIndex && map.size > 20 ? map : null);
        }
        return indexes.get(file);
      };
      const walk = (start: string, dynamic: boolean, stop: Set<string>) => {
        const seen = new Set<string>();
        const queue = [start];
        while (queue.length) {
          const next = queue.pop()!;
          if (seen.has(next) || stop.has(next) || texts.test(next)) continue;
          const info = getModuleInfo(next);
          seen.add(next);
          const imported = new Set(info?.importedIds ?? []);
          for (const [, list, from] of (info?.code ?? '').matchAll(named)) {
            const index = [...imported].find((i) => i.includes(`/node_modules/${from}/`) && indexOf(i));
            if (!index) continue;
            imported.delete(index);
            for (const [name] of names(list)) {
              const file = indexOf(index)!.get(name);
              if (file) queue.push(file);
            }
          }
          queue.push(...imported, ...(dynamic ? (info?.dynamicallyImportedIds ?? []) : []));
        }
        return seen;
      };
      const entry = walk(roots.entry, false, new Set());
      return {
        entry,
        login: walk(roots.login, false, entry),
        dashboard: walk(roots.dashboard, false, entry),
        sections: walk(roots.dashboard, true, entry),
      };
    })();
    const shared = id.includes('/node_modules/') || id.startsWith(`${src}/components/`) || id.startsWith(`${src}/lib/`);
    if (reach.entry.has(id)) return 'index';
    if (reach.dashboard.has(id)) return shared ? 'ui' : 'province-dashboard';
    if (reach.sections.has(id)) return shared ? (reach.login.has(id) ? 'ui' : 'ui-sections') : 'dashboard-sections';
    if (reach.login.has(id)) return 'login';
    // A package's other files get chunks of their own (one per Mantine component), as Rollup would cut them: left
    // unnamed, Rollup would pull them into the entry's chunk, where the package index that lists them sits.
    const vendor = /\/node_modules\/(@mantine\/[a-z]+|@tabler\/icons-react)\/(?:esm\/components\/([^/]+)\/)?/.exec(id);
    if (vendor) return `${vendor[1].replace(/^@/, '').replace('/', '-')}${vendor[2] ? `-${vendor[2]}` : ''}`;
    return undefined;
  };
}

// The API (./run.sh) listens on 5080; in development Vite proxies /api/…, /swagger and /hangfire to it.
const apiTarget = process.env.SWC_API_URL ?? 'http://localhost:5080';

export default defineConfig({
  plugins: [react(), precompress(), scrollAreaWithoutFloatingUi()],
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
        manualChunks: firstScreensChunks(),
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
