// The web app's API types from the OpenAPI document (openapi-typescript): reads the document as JSON on stdin and
// writes TypeScript to stdout. `npm run api:types` and the test that keeps src/generated/api.ts current both run it,
// as a process of its own: openapi-typescript is an ES module, which Jest's module loader does not load.
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `/**
 * Generated from the API's OpenAPI document by \`npm run api:types\` (openapi-typescript): do not edit.
 * A test fails when this file differs from what the current API generates.
 */

`;

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const document = JSON.parse(Buffer.concat(chunks).toString('utf8'));
process.stdout.write(HEADER + astToString(await openapiTS(document, { alphabetize: false })));
