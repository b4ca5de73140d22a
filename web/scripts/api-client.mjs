// Turns the API's OpenAPI document into the SPA's typed client schema (src/lib/api/schema.d.ts).
// Shared by the generator script and by the test that fails when the committed client is stale.
import openapiTS, { astToString } from 'openapi-typescript';

export const documentPath = new URL('../openapi/socialworkcloud.v1.json', import.meta.url);
export const schemaPath = new URL('../src/lib/api/schema.d.ts', import.meta.url);

const banner = `/**
 * Generated from openapi/socialworkcloud.v1.json by \`npm run api:generate\`. Do not edit by hand.
 * A test fails when this file or that document is stale against the API.
 */
`;

/** The committed form of the document: stable two-space JSON with a trailing newline. */
export function canonicalDocument(document) {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export async function schemaFromDocument(document) {
  const ast = await openapiTS(structuredClone(document), { enumValues: false, exportType: false, alphabetize: false });
  return banner + astToString(ast);
}
