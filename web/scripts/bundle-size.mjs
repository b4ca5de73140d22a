// What sign-in plus the province dashboard send down the wire, from the build (issue 19): the document, the entry
// and every chunk the two screens load (the dashboard's lazy sections included), their stylesheets and the
// Vietnamese texts of the features they show, as Brotli (what the API serves; the build writes x.br beside x),
// plus each answer's headers. Fails above the budget. e2e/wire-budget.spec.ts measures the same from Chromium's
// network log; the two should agree within a few kB. Run after `npm run build`:  npm run size
import { existsSync, readFileSync } from 'node:fs';

const budgetBytes = 250 * 1000;
// The headers of a static answer (status line, type, length, encoding, caching, ETag, date…), as measured: ~320 B.
const headerBytes = 330;
const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const namespaces = ['auth', 'kpis', 'notifications', 'cases', 'targets', 'fundraising', 'reports'];
const chunk = (key) => manifest[key] ?? Object.values(manifest).find((c) => c.name === key.replace(/^_/, '')) ?? fail(key);
const fail = (key) => {
  throw new Error(`${key} is not in the build manifest`);
};

const files = new Set(['index.html']);
const visit = (key, lazy) => {
  const entry = chunk(key);
  if (files.has(entry.file)) return;
  files.add(entry.file);
  for (const css of entry.css ?? []) files.add(css);
  for (const imported of entry.imports ?? []) visit(imported, lazy);
  if (lazy) for (const imported of entry.dynamicImports ?? []) if (!/locales/.test(imported)) visit(imported, lazy);
};
visit('index.html', false);
visit('login', false);
visit('src/app/routes/province-dashboard.tsx', true);
// The dashboard's texts travel in one file (vite.config.ts, "texts-province"); the manifest names it, not them.
for (const namespace of namespaces) visit(manifest[`src/features/${namespace}/locales/vi.json`] ? `src/features/${namespace}/locales/vi.json` : 'texts-province', false);

const size = (file) => {
  const path = new URL(file, dist);
  // The build compresses files over 1 kB; a smaller one (index.html) goes out as it is.
  return readFileSync(existsSync(`${path.pathname}.br`) ? `${path.pathname}.br` : path).length;
};
const rows = [...files].map((file) => [file, size(file)]).sort((a, b) => b[1] - a[1]);
const body = rows.reduce((sum, [, bytes]) => sum + bytes, 0);
const headers = rows.length * headerBytes;
for (const [file, bytes] of rows) console.log(`${(bytes / 1000).toFixed(1).padStart(8)} kB  ${file}`);
const byType = (re) => rows.filter(([file]) => re.test(file)).reduce((sum, [, bytes]) => sum + bytes, 0);
console.log(
  `Sign-in + province dashboard: ${rows.length} files, ${((body + headers) / 1000).toFixed(1)} kB on the wire ` +
    `(scripts ${(byType(/\.js$/) / 1000).toFixed(1)}, styles ${(byType(/\.css$/) / 1000).toFixed(1)}, document ${(byType(/\.html$/) / 1000).toFixed(1)}, ` +
    `headers ~${(headers / 1000).toFixed(1)} kB; budget ${budgetBytes / 1000} kB)`,
);
if (body + headers > budgetBytes) {
  console.error('Over budget: split the route or drop a dependency.');
  process.exit(1);
}
