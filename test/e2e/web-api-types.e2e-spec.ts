import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp } from '../utils/test-app.js';

// The web app's client is typed from the OpenAPI document; this fails when a controller or a response class
// changed and `web/src/api/schema.d.ts` was not regenerated. UPDATE_API_TYPES=1 regenerates it instead.
describe('web client types', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('documents every response body that the web app reads', async () => {
    const doc = (await t.http().get('/docs-json').expect(200)).body;
    const schemas = doc.components.schemas;
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining([
        'LoginResponseDto',
        'IntakeResponseDto',
        'ReceptionPageDto',
        'PublicCaseResponseDto',
      ]),
    );
    const created = doc.paths['/cases'].post.responses['201'].content['application/json'].schema;
    expect(created).toEqual({ $ref: '#/components/schemas/IntakeResponseDto' });
  });

  it('describes the body of every successful answer (all but 204)', async () => {
    const doc = (await t.http().get('/docs-json').expect(200)).body;
    const undocumented: string[] = [];
    for (const [path, item] of Object.entries<Record<string, { responses: Record<string, any> }>>(
      doc.paths,
    )) {
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          if (
            status.startsWith('2') &&
            status !== '204' &&
            !Object.values<{ schema?: unknown }>(response.content ?? {}).some((media) => media.schema)
          ) {
            undocumented.push(`${method.toUpperCase()} ${path} ${status}`);
          }
        }
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('matches web/src/api/schema.d.ts', async () => {
    const doc = (await t.http().get('/docs-json').expect(200)).body;
    const file = join(mkdtempSync(join(tmpdir(), 'docs-json-')), 'docs.json');
    writeFileSync(file, JSON.stringify(doc));
    const update = process.env.UPDATE_API_TYPES === '1';
    const run = spawnSync(
      process.execPath,
      ['web/scripts/generate-api.mjs', ...(update ? [] : ['--check']), file],
      { encoding: 'utf8' },
    );
    expect(run.stderr + run.stdout).not.toMatch(/stale|Error/);
    expect(run.status).toBe(0);
  });
});
