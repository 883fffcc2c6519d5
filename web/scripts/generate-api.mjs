// Generates src/api/schema.d.ts (TypeScript types of every path and body) from the API's OpenAPI document.
//   node scripts/generate-api.mjs [source]          write the file (source: a URL or a JSON file;
//                                                   default http://127.0.0.1:3000/docs-json)
//   node scripts/generate-api.mjs --check <source>  exit 1 when the committed file differs (stale types)
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const OUT = new URL('../src/api/schema.d.ts', import.meta.url);
const HEADER =
  "// Generated from the API's /docs-json by `npm run api:generate --prefix web`. Do not edit.\n\n";

const args = process.argv.slice(2);
const check = args.includes('--check');
const source = args.find((a) => a !== '--check') ?? 'http://127.0.0.1:3000/docs-json';

const document = /^https?:/.test(source)
  ? await (await fetch(source)).json()
  : JSON.parse(readFileSync(source, 'utf8'));
const generated = HEADER + astToString(await openapiTS(document, { alphabetize: true }));

if (check) {
  let committed = '';
  try {
    committed = readFileSync(OUT, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== generated) {
    console.error(
      'web/src/api/schema.d.ts is stale: run `npm run api:generate --prefix web` against the API.',
    );
    process.exit(1);
  }
  console.log('web/src/api/schema.d.ts matches the API document.');
} else {
  writeFileSync(OUT, generated);
  console.log(`wrote ${OUT.pathname}`);
}
