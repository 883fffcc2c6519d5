import { existsSync, readdirSync } from 'node:fs';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';

const visit = {
  visitedAt: '2024-03-12T08:15:00+07:00',
  visitorCount: 1,
  representatives: [{ fullName: 'Nguyễn Văn An' }],
  category: 'petition',
  subject: 'Đèn đường hỏng',
  content: 'Đèn đường hẻm 12 hỏng đã một tháng',
  hostedBy: 'desk',
  outcome: 'answered',
};

function sessionCookieOf(setCookie: string | string[] | undefined): string {
  const header = ([] as string[]).concat(setCookie ?? []).find((c) => c.startsWith('cc_session='));
  if (!header) {
    throw new Error('no session cookie');
  }
  return header;
}

describe('web app: session cookie, cross-site changes, serving /app/, staff list', () => {
  let t: TestApp;
  let reception: TestUser;
  let cookie: string;
  let unitId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    unitId = (await t.createUnit()).id;
    reception = await t.createUser('reception', unitId);
    const res = await t
      .http()
      .post('/auth/login')
      .send({ username: reception.username, password: reception.password })
      .expect(200);
    const header = sessionCookieOf(res.headers['set-cookie']);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Strict/);
    expect(header).toMatch(/Path=\//);
    expect(header).toMatch(/Max-Age=28800/);
    expect(res.body.accessToken).toEqual(expect.any(String)); // the API.md answer is kept
    cookie = header.split(';')[0];
  });
  afterAll(() => t.close());

  async function visitCount(): Promise<number> {
    const res = await t
      .http()
      .get('/receptions')
      .set(...bearer(reception.token))
      .expect(200);
    return res.body.total;
  }

  it('reads with the cookie alone', async () => {
    const me = await t.http().get('/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.username).toBe(reception.username);
    await t.http().get('/auth/me').set('Cookie', 'cc_session=forged.token.value').expect(401);
  });

  it('refuses a change made with the cookie from another site, and changes nothing', async () => {
    const before = await visitCount();
    await t
      .http()
      .post('/receptions')
      .set('Cookie', cookie)
      .set('X-Requested-With', 'citizen-cases-web')
      .set('Sec-Fetch-Site', 'cross-site')
      .send(visit)
      .expect(403);
    await t
      .http()
      .post('/receptions')
      .set('Cookie', cookie)
      .set('X-Requested-With', 'citizen-cases-web')
      .set('Origin', 'https://evil.example')
      .send(visit)
      .expect(403);
    // A plain HTML form (no custom header possible without a CORS preflight) from an older browser.
    await t.http().post('/receptions').set('Cookie', cookie).send(visit).expect(403);
    expect(await visitCount()).toBe(before);
  });

  it('accepts a change made with the cookie by the app itself, and a bearer token from anywhere', async () => {
    const before = await visitCount();
    await t
      .http()
      .post('/receptions')
      .set('Cookie', cookie)
      .set('X-Requested-With', 'citizen-cases-web')
      .set('Sec-Fetch-Site', 'same-origin')
      .send(visit)
      .expect(201);
    await t
      .http()
      .post('/receptions')
      .set(...bearer(reception.token))
      .set('Origin', 'https://integration.example')
      .send(visit)
      .expect(201);
    expect(await visitCount()).toBe(before + 2);
  });

  it('clears the cookie on logout', async () => {
    const res = await t.http().post('/auth/logout').set('Cookie', cookie).expect(204);
    expect(sessionCookieOf(res.headers['set-cookie'])).toMatch(/^cc_session=; .*Max-Age=0/);
  });

  it('lists the leaders of the caller’s unit for the visit form, not those of another unit', async () => {
    const own = await t.createUser('leader', unitId, { fullName: 'Nguyễn Văn Hùng' });
    const otherUnit = (await t.createUnit()).id;
    await t.createUser('leader', otherUnit, { fullName: 'Trần Văn Khác' });
    const res = await t
      .http()
      .get('/staff?role=leader')
      .set(...bearer(reception.token))
      .expect(200);
    expect(res.body.items).toEqual([{ id: own.id, fullName: 'Nguyễn Văn Hùng', role: 'leader', unitId }]);
  });

  describe('serving the built app under /app/', () => {
    const dist = new URL('../../web/dist/', import.meta.url);

    it('has a build to serve (npm ci builds it; else npm run build --prefix web)', () => {
      expect(existsSync(new URL('index.html', dist))).toBe(true);
    });

    it('redirects / to /app/ and answers every screen address with the app', async () => {
      const root = await t.http().get('/').expect(302);
      expect(root.headers.location).toBe('/app/');
      for (const path of [
        '/app/',
        '/app/tiep-cong-dan/4a7c9f3e-0000-4000-8000-000000000000',
        '/app/tra-cuu',
      ]) {
        const res = await t.http().get(path).expect(200);
        expect(res.headers['content-type']).toMatch(/text\/html/);
        expect(res.text).toContain('<html lang="vi">');
        expect(res.headers['cache-control']).toMatch(/max-age=0/);
      }
    });

    it('serves hashed assets for a year and answers a missing asset with 404, not the app', async () => {
      const asset = readdirSync(new URL('assets/', dist)).find((f) => f.endsWith('.js'));
      const ok = await t.http().get(`/app/assets/${asset}`).expect(200);
      expect(ok.headers['cache-control']).toMatch(/immutable/);
      const missing = await t.http().get('/app/assets/index-missing.js').expect(404);
      expect(missing.text).not.toContain('<html');
      await t.http().get('/app/favicon-missing.ico').expect(404);
    });
  });
});
