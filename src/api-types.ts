import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { loadConfig } from '@app/config';
import { createApp } from './create-app';
import { openApiDocument } from './openapi';

/** Where the web app's generated API types live, from the repository root. */
export const API_TYPES_FILE = 'apps/web/src/generated/api.ts';

const HEADER = `/**
 * Generated from the API's OpenAPI document by \`npm run api:types\` (openapi-typescript): do not edit.
 * A test fails when this file differs from what the current API generates.
 */

`;

/**
 * The document of the whole product as \`npm start\` serves it at /api/docs-json, built without listening or
 * initialising (no Redis, no workers): the app is created on a throw-away data directory and closed again.
 */
export async function productOpenApiDocument(): Promise<OpenAPIObject> {
  const dataDir = mkdtempSync(join(tmpdir(), 'budget-openapi-'));
  try {
    const config = loadConfig({ DATA_DIR: dataDir, DEMO_DATA: 'false', ALERTS_ENABLED: 'false', REDIS_AUTOSTART: 'false', LOG_LEVEL: 'error' });
    const app = await createApp(config, false);
    try {
      return openApiDocument(app);
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The TypeScript source of the web app's API types: `paths`, `components['schemas']` and `operations`. */
export async function apiTypesSource(document: OpenAPIObject): Promise<string> {
  // openapi-typescript is a development tool: loaded only when types are generated
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: false, exportType: false });
  return HEADER + astToString(ast);
}
