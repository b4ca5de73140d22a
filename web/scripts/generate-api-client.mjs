// Regenerates the typed API client from the OpenAPI document the API serves.
//   npm run api:generate                      # from a running API (./run.sh) on http://localhost:5080
//   npm run api:generate -- --url http://host:port/swagger/v1/swagger.json
//   npm run api:generate -- --file path/to/swagger.json
import { readFile, writeFile } from 'node:fs/promises';
import { canonicalDocument, documentPath, schemaFromDocument, schemaPath } from './api-client.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};

let document;
const file = option('--file');
if (file) {
  document = JSON.parse(await readFile(file, 'utf8'));
} else {
  const url = option('--url') ?? 'http://localhost:5080/swagger/v1/swagger.json';
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}; is the API running (./run.sh)?`);
  document = await response.json();
}

await writeFile(documentPath, canonicalDocument(document));
await writeFile(schemaPath, await schemaFromDocument(document));
console.log(`Wrote ${documentPath.pathname} and ${schemaPath.pathname}`);
