// @vitest-environment node
// The committed client must be exactly what the generator makes of the committed document.
// (The .NET integration test ApiDocumentIsCommitted checks that document against the one the API serves.)
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { canonicalDocument, documentPath, schemaFromDocument, schemaPath } from './api-client.mjs';

describe('generated API client', () => {
  it('is up to date with the committed OpenAPI document (run `npm run api:generate` when this fails)', async () => {
    const documentText = await readFile(documentPath, 'utf8');
    const document = JSON.parse(documentText);
    expect(documentText).toBe(canonicalDocument(document));
    const committed = await readFile(schemaPath, 'utf8');
    expect(committed).toBe(await schemaFromDocument(document));
  });
});
