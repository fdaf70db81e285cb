import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { API_TYPES_FILE, apiTypesSource, productOpenApiDocument } from './api-types';

/** `npm run api:types`: regenerates apps/web/src/generated/api.ts from the API's OpenAPI document. */
async function main(): Promise<void> {
  const target = resolve(process.cwd(), API_TYPES_FILE);
  writeFileSync(target, apiTypesSource(await productOpenApiDocument()));
  process.stdout.write(`wrote ${API_TYPES_FILE}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`api:types failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
