// Prints the gzipped JavaScript a browser downloads for the login page plus the province dashboard
// (entry chunk, their route chunks and everything those import statically, plus the Vietnamese texts of
// the feature namespaces those screens load) and fails above the budget.
// Run after `npm run build`:  npm run size
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgetBytes = 250 * 1000;
const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const roots = [
  'index.html',
  'src/app/routes/login.tsx',
  'src/app/routes/province-dashboard.tsx',
  // Feature texts load on demand (app/translations.ts); these two are fetched on the way to the dashboard.
  'src/features/auth/locales/vi.json',
  'src/features/kpis/locales/vi.json',
];

// A route module that a lazy section imports back is emitted as a shared chunk keyed by its name, not its path.
const lookUp = (key) =>
  manifest[key] ??
  Object.values(manifest).find((c) => c.isDynamicEntry && key.startsWith('src/') && c.name === key.split('/').pop().replace(/\.tsx?$/, ''));

const files = new Set();
const visit = (key) => {
  const chunk = lookUp(key);
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
roots.forEach(visit);

let total = 0;
const rows = [...files]
  .filter((file) => file.endsWith('.js'))
  .map((file) => {
    const gzipped = gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;
    total += gzipped;
    return [file, gzipped];
  })
  .sort((a, b) => b[1] - a[1]);

for (const [file, size] of rows) console.log(`${(size / 1000).toFixed(1).padStart(8)} kB  ${file}`);
console.log(`Login + province dashboard JavaScript: ${(total / 1000).toFixed(1)} kB gzipped (budget ${budgetBytes / 1000} kB)`);
if (total > budgetBytes) {
  console.error('Over budget: split the route or drop a dependency.');
  process.exit(1);
}
