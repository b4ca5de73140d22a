// Regenerates the typed API client from the OpenAPI document the API serves.
//   npm run api:generate                      # starts a throwaway API (built Debug binaries), reads its document
//   npm run api:generate -- --url http://localhost:5080/swagger/v1/swagger.json   # from a running API
//   npm run api:generate -- --file path/to/swagger.json
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { canonicalDocument, documentPath, schemaFromDocument, schemaPath } from './api-client.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};

async function fromRunningApi(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.json();
}

/** Starts the API the way the e2e tests do (fresh SQLite, port 5095 or SWC_APIGEN_PORT), reads the document, stops it. */
async function fromThrowawayApi() {
  const port = Number(process.env.SWC_APIGEN_PORT ?? 5095);
  const api = spawn('bash', ['e2e/support/start-api.sh'], {
    cwd: new URL('..', import.meta.url),
    env: { ...process.env, SWC_E2E_PORT: String(port) },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (let attempt = 0; attempt < 180; attempt++) {
      try {
        return await fromRunningApi(`http://127.0.0.1:${port}/swagger/v1/swagger.json`);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
    throw new Error('The API did not start within 3 minutes (dotnet build api/SocialWorkCloud.Api first?)');
  } finally {
    process.kill(-api.pid, 'SIGTERM');
  }
}

const file = option('--file');
const url = option('--url');
const document = file ? JSON.parse(await readFile(file, 'utf8')) : url ? await fromRunningApi(url) : await fromThrowawayApi();

await writeFile(documentPath, canonicalDocument(document));
await writeFile(schemaPath, await schemaFromDocument(document));
console.log(`Wrote ${documentPath.pathname} and ${schemaPath.pathname}`);
