import fc from 'fast-check';
import { CASE_ACTIONS } from '../../src/cases/domain/case-workflow.js';
import { openCase } from '../utils/cases.js';
import { TestApp, type TestUser } from '../utils/test-app.js';

/**
 * Property-based fuzzing of every route in the OpenAPI document, as every role: generated path parameters,
 * query strings, bodies and headers. Two properties: no answer is a 5xx, and a refused answer (4xx) changes
 * no row of any table.
 *
 * FUZZ_SEED (default fixed, so that CI is reproducible; `random` for a new one each run) and FUZZ_RUNS (runs per
 * route and mutated part, each as a random role; default 4) tune it; a failure names the route, the request and the seed to replay it with.
 */
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 20_261_129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 4);

/** Refusals that are recorded by design: a failed login counts towards the lockout and is audited. */
const RECORDED_REFUSALS = new Set(['POST /auth/login', 'GET /public/cases/{code}']);

type Role = 'admin' | 'leader' | 'inspector' | 'reception' | 'clerk' | 'anonymous';
const ROLES: Role[] = ['admin', 'leader', 'inspector', 'reception', 'clerk', 'anonymous'];

interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  $ref?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  example?: unknown;
}

interface Operation {
  method: string;
  path: string;
  query: { name: string; schema: Schema }[];
  body: Schema | null;
}

type Target =
  | { kind: 'none' }
  | { kind: 'path'; name: string }
  | { kind: 'query'; name: string }
  | { kind: 'body'; name?: string }
  | { kind: 'header' };

interface FuzzRequest {
  role: Role;
  path: string;
  query: [string, string][];
  body: unknown;
  headers: Record<string, string>;
}

/** The values most likely to break something: tried far more often than anything else. */
const EDGE = [
  '!',
  '\u0000',
  'a\u0000b',
  '2024-02-30',
  '0000-01-01',
  'x'.repeat(600),
  '',
  '-1',
  '1e309',
  "' OR 1=1 --",
];

const WEIRD = [
  ' ',
  '%00',
  '<script>alert(1)</script>',
  'y'.repeat(25_000),
  '2024-02-29',
  '0000-00-00',
  '9999-12-31',
  '2024-13-01T00:00:00+07:00',
  '2024-03-01T09:00:00+07:00',
  '2099-01-01T00:00:00Z',
  '0',
  'NaN',
  '../../etc/passwd',
  'Nguyễn Văn An',
  '=HYPERLINK("x")',
  'null',
  '[]',
  '{}',
  '00000000-0000-0000-0000-000000000000',
  'KN-2024-000001',
];

/** Encodes what URLs can carry; a lone surrogate (which encodeURIComponent refuses) is sent as `?`. */
function encode(value: string): string {
  return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '?'));
}

describe('fuzzing every route as every role', () => {
  let t: TestApp;
  const tokens = new Map<Role, string>();
  /** Real ids and codes, so that generated requests also reach existing records. */
  const pool: { ids: string[]; codes: string[] } = { ids: [], codes: [] };
  let operations: Operation[] = [];
  let schemas: Record<string, Schema> = {};
  let tables: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    const district = await t.createUnit({ level: 'district' });
    const commune = await t.createUnit({ level: 'commune', parentId: district.id });
    const users: Record<string, TestUser> = {
      leader: await t.createUser('leader', district.id),
      inspector: await t.createUser('inspector', district.id),
      reception: await t.createUser('reception', commune.id),
      clerk: await t.createUser('clerk', commune.id),
    };
    tokens.set('admin', t.adminToken);
    for (const [role, user] of Object.entries(users)) {
      tokens.set(role as Role, user.token);
    }
    const complaint = await openCase(t, users.reception);
    const denunciation = await openCase(t, users.leader, {
      kind: 'denunciation',
      procedure: null,
      applicant: { fullName: 'Võ Văn Kín', idNumber: '079190009999', email: 'kin@example.vn' },
    });
    const civil = await openCase(t, users.clerk, { kind: 'civil_status', procedure: 'birth' });
    const visit = await t
      .http()
      .post('/receptions')
      .set('Authorization', `Bearer ${users.reception.token}`)
      .send({
        visitedAt: '2024-03-12T08:15:00+07:00',
        visitorCount: 1,
        representatives: [{ fullName: 'Nguyễn Văn An', idNumber: '051090001234' }],
        category: 'complaint',
        subject: 'Khiếu nại',
        content: 'Nội dung',
        hostedBy: 'desk',
        outcome: 'guided',
      })
      .expect(201);
    pool.ids.push(
      district.id,
      commune.id,
      ...Object.values(users).map((u) => u.id),
      complaint.id,
      denunciation.id,
      civil.id,
      visit.body.id,
    );
    pool.codes.push(complaint.code, denunciation.code, civil.code);

    const doc = (await t.http().get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, any>>;
      components: { schemas: Record<string, Schema> };
    };
    schemas = doc.components.schemas;
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        query: (op.parameters ?? [])
          .filter((p: { in: string }) => p.in === 'query')
          .map((p: { name: string; schema?: Schema }) => ({ name: p.name, schema: p.schema ?? {} })),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      })),
    );
    tables = (
      await t.dataSource.query<{ tablename: string }[]>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
      )
    ).map((r) => r.tablename);
  });
  afterAll(() => t.close());

  /** Row counts and a hash of every row of every table. */
  async function fingerprint(): Promise<Record<string, string>> {
    const rows = await t.dataSource.query<{ name: string; n: number; h: string }[]>(
      tables
        .map(
          (name) =>
            `SELECT '${name}' AS name, count(*)::int AS n,
                    md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) AS h FROM "${name}" x`,
        )
        .join(' UNION ALL '),
    );
    return Object.fromEntries(rows.map((r) => [r.name, `${r.n}:${r.h}`]));
  }

  /** Strings that broke (or might break) something: control characters, impossible dates, huge, empty. */
  const weirdText = (): fc.Arbitrary<string> =>
    fc.oneof(
      { arbitrary: fc.constantFrom(...EDGE), weight: 12 },
      { arbitrary: fc.constantFrom(...WEIRD), weight: 2 },
      fc.string({ unit: 'binary-ascii', maxLength: 20 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom(...pool.ids, ...pool.codes),
      fc.uuid(),
      fc.integer({ min: -5, max: 100_000 }).map(String),
    );

  /** Anything a JSON body can hold. */
  const weird = (): fc.Arbitrary<unknown> =>
    fc.oneof(
      { arbitrary: weirdText(), weight: 6 },
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.jsonValue({ maxDepth: 2 }),
    );

  /** A well-formed value for a schema, so that the one mutation of a request is what the API has to handle. */
  function valid(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    if (schema.$ref) {
      return depth > 3 ? fc.constant({}) : objectFor(schemas[schema.$ref.split('/').pop()!] ?? {}, depth + 1);
    }
    if (schema.enum) {
      return fc.constantFrom(...schema.enum);
    }
    if (schema.format === 'uuid') {
      return fc.constantFrom(...pool.ids);
    }
    if (schema.example !== undefined) {
      return fc.constant(schema.example);
    }
    switch (schema.type) {
      case 'array':
        return fc.array(valid(schema.items ?? {}, depth + 1), { minLength: 1, maxLength: 2 });
      case 'integer':
      case 'number':
        return fc.integer({ min: 1, max: 30 });
      case 'boolean':
        return fc.boolean();
      case 'object':
        return objectFor(schema, depth + 1);
      case 'string':
      case undefined:
        return fc.constantFrom('Nguyễn Văn An', 'Nội dung', 'abc', '0912345678', 'an@example.vn');
      default:
        return fc.constant(null);
    }
  }

  /**
   * An object with well-formed values for most fields (every required one, half the optional ones); nested
   * objects (`mutate`) now and then get one field set to something weird or left out.
   */
  function objectFor(schema: Schema, depth: number, mutate = true): fc.Arbitrary<Record<string, unknown>> {
    const properties = Object.entries(schema.properties ?? {});
    const required = new Set(schema.required ?? []);
    const fields = fc.tuple(
      ...properties.map(([name, property]) =>
        fc.option(
          valid(property, depth).map((value) => [name, value] as const),
          { freq: required.has(name) ? 20 : 2 },
        ),
      ),
    );
    const names = properties.map(([name]) => name);
    const mutation =
      mutate && names.length
        ? fc.oneof(
            { arbitrary: fc.constant(null), weight: 3 },
            { arbitrary: fc.record({ set: fc.constantFrom(...names), to: weird() }), weight: 1 },
          )
        : fc.constant(null);
    return fc.tuple(fields, mutation).map(([pairs, change]) => {
      const body: Record<string, unknown> = {};
      for (const pair of pairs) {
        if (pair) {
          body[pair[0]] = pair[1];
        }
      }
      if (change) {
        body[change.set] = change.to;
      }
      return body;
    });
  }

  function pathParam(name: string): fc.Arbitrary<string> {
    const good: Record<string, fc.Arbitrary<string>> = {
      action: fc.constantFrom(...CASE_ACTIONS),
      date: fc.constantFrom('2030-01-02', '2031-05-04'),
      year: fc.integer({ min: 2020, max: 2032 }).map(String),
      code: fc.constantFrom(...pool.codes),
    };
    return good[name] ?? fc.constantFrom(...pool.ids);
  }

  /** What one batch of runs mutates: one path parameter, query parameter, body field or header, or the body. */
  function targetsOf(op: Operation): Target[] {
    return [
      { kind: 'none' },
      ...[...op.path.matchAll(/\{(\w+)\}/g)].map((m): Target => ({ kind: 'path', name: m[1] })),
      ...op.query.map((q): Target => ({ kind: 'query', name: q.name })),
      { kind: 'query', name: 'unknownParameter' },
      ...(op.body
        ? [
            { kind: 'body' } as Target,
            ...Object.keys(bodySchema(op)?.properties ?? {}).map((name): Target => ({ kind: 'body', name })),
          ]
        : []),
      { kind: 'header' },
    ];
  }

  function bodySchema(op: Operation): Schema | null {
    return op.body?.$ref ? (schemas[op.body.$ref.split('/').pop()!] ?? null) : op.body;
  }

  /** A request whose every part is well-formed except the target, which gets a weird value. */
  function requestFor(op: Operation, target: Target): fc.Arbitrary<FuzzRequest> {
    const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const path = fc
      .tuple(
        ...names.map((name) =>
          target.kind === 'path' && target.name === name ? weirdText() : pathParam(name),
        ),
      )
      .map((values) => names.reduce((p, name, i) => p.replace(`{${name}}`, encode(values[i])), op.path));
    const queryProperties = Object.fromEntries(op.query.map((q) => [q.name, q.schema]));
    const query = fc
      .tuple(objectFor({ properties: queryProperties }, 3, false), weird())
      .map(([object, odd]): [string, string][] => {
        if (target.kind === 'query' && target.name) {
          object[target.name] = odd;
        }
        return Object.entries(object).map(([name, value]) => [
          name,
          typeof value === 'string' ? value : JSON.stringify(value),
        ]);
      });
    const schema = bodySchema(op);
    const body: fc.Arbitrary<unknown> =
      schema === null
        ? fc.constant(undefined)
        : target.kind !== 'body'
          ? valid(schema, 0)
          : target.name === undefined
            ? weird()
            : fc.tuple(objectFor(schema, 1, false), weird()).map(([object, odd]) => ({
                ...object,
                [target.name!]: odd,
              }));
    const headers =
      target.kind === 'header'
        ? fc.record(
            { 'Idempotency-Key': weirdText(), 'X-Request-Id': weirdText(), 'X-Forwarded-For': weirdText() },
            { requiredKeys: [] },
          )
        : fc.constant({});
    return fc.record({ role: fc.constantFrom(...ROLES), path, query, body, headers });
  }

  async function send(op: Operation, req: FuzzRequest): Promise<{ status: number; body: unknown }> {
    const search = req.query.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
    const method = op.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const agent = t.http();
    let call = agent[method](search ? `${req.path}?${search}` : req.path);
    const token = tokens.get(req.role);
    if (token) {
      call = call.set('Authorization', `Bearer ${token}`);
    }
    for (const [name, value] of Object.entries(req.headers)) {
      call = call.set(name, value.replace(/[^\x20-\x7E]/g, '?'));
    }
    if (req.body !== undefined) {
      call = call.set('Content-Type', 'application/json').send(JSON.stringify(req.body));
    }
    const res = await call;
    return { status: res.status, body: res.body };
  }

  it('finds every route of the API in the OpenAPI document', () => {
    const routes = operations.map((op) => `${op.method} ${op.path}`);
    expect(routes).toEqual(
      expect.arrayContaining(['POST /cases', 'POST /cases/{id}/actions/{action}', 'PATCH /users/{id}']),
    );
    expect(routes.length).toBeGreaterThan(30);
  });

  it('answers no request with a 5xx, and a refused request changes nothing', async () => {
    let before = await fingerprint();
    for (const op of operations) {
      const route = `${op.method} ${op.path}`;
      for (const target of targetsOf(op)) {
        try {
          await fc.assert(
            fc.asyncProperty(requestFor(op, target), async (req) => {
              const res = await send(op, req);
              const after = await fingerprint();
              const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
              before = after;
              if (res.status >= 500) {
                throw new Error(`${route} answered ${res.status}: ${JSON.stringify(res.body)}`);
              }
              if (res.status >= 400 && changed.length && !RECORDED_REFUSALS.has(route)) {
                throw new Error(`${route} answered ${res.status} but changed ${changed.join(', ')}`);
              }
            }),
            { seed: SEED, numRuns: RUNS, endOnFailure: true },
          );
        } catch (error) {
          throw new Error(
            `fuzzing ${route} (${JSON.stringify(target)}) failed; replay with FUZZ_SEED=${SEED}:\n${(error as Error).message}`,
            { cause: error },
          );
        }
      }
    }
  }, 120_000);
});
