import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { loadConfig } from '@app/config';
import { createApp } from './create-app';
import { openApiDocument } from './openapi';

/** Where the web app's generated API types live, from the repository root. */
export const API_TYPES_FILE = 'apps/web/src/generated/api.ts';
/** The script that writes them (openapi-typescript), from the repository root. */
const API_TYPES_GENERATOR = 'apps/web/api-types.mjs';


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

/** The repository root (this file runs from src/ under Jest and from dist/src/ once built). */
function repositoryRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, API_TYPES_GENERATOR))) return dir;
  }
  throw new Error(`${API_TYPES_GENERATOR} not found above ${__dirname}`);
}

/** The TypeScript source of the web app's API types: `paths`, `components['schemas']` and `operations`. */
export function apiTypesSource(document: OpenAPIObject): string {
  return execFileSync(process.execPath, [join(repositoryRoot(), API_TYPES_GENERATOR)], {
    input: JSON.stringify(document), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
}
