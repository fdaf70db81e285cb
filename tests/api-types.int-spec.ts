import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_TYPES_FILE, apiTypesSource, productOpenApiDocument } from '../src/api-types';

jest.setTimeout(120_000);

/** The web app's API types are generated from the OpenAPI document: a change to the API shows up as a diff here. */
describe('generated API types of the web app', () => {
  it(`${API_TYPES_FILE} is what the current API generates (else run npm run api:types and commit it)`, async () => {
    const generated = apiTypesSource(await productOpenApiDocument());
    const committed = readFileSync(join(__dirname, '..', API_TYPES_FILE), 'utf8');
    if (committed !== generated) {
      const lines = [committed.split('\n'), generated.split('\n')];
      const at = lines[0].findIndex((line, i) => line !== lines[1][i]);
      throw new Error(`${API_TYPES_FILE} is out of date: run \`npm run api:types\` and commit it (first difference at line ${at + 1}: `
        + `committed ${JSON.stringify(lines[0][at])}, generated ${JSON.stringify(lines[1][at])})`);
    }
  });
});
