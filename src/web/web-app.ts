import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** The built web app (`web/dist`), found from this file whether it runs from `src/` or `dist/src/`. */
export function webDistDir(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i += 1) {
    if (existsSync(join(dir, 'web', 'package.json'))) {
      return join(dir, 'web', 'dist');
    }
    dir = dirname(dir);
  }
  return null;
}

/** A request for a file (hashed asset, icon, font...) rather than for a screen of the app. */
const ASSET = /(^assets\/)|(\.[A-Za-z0-9]{1,8}$)/;

/**
 * Serves the single-page app under `/app/` (UI.md): `GET /` redirects there, every screen's address answers
 * `index.html` (so a reload shows that screen), and a missing asset is a plain 404, never the app's HTML.
 * Hashed assets are cached for a year; `index.html` is revalidated every time.
 */
export async function serveWebApp(app: NestFastifyApplication, root = webDistDir()): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/', (_request, reply) => reply.redirect('/app/'));
  fastify.get('/app', (_request, reply) => reply.redirect('/app/'));
  if (!root || !existsSync(join(root, 'index.html'))) {
    fastify.get('/app/*', (_request, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built: run `npm run build --prefix web` (npm start does it).'),
    );
    return;
  }
  await app.register(fastifyStatic, { root, serve: false, dotfiles: 'ignore' });
  fastify.get<{ Params: { '*': string } }>('/app/*', (request, reply) => {
    const path = request.params['*'];
    if (ASSET.test(path)) {
      return path.startsWith('assets/')
        ? reply.sendFile(path, { maxAge: '365d', immutable: true })
        : reply.sendFile(path, { maxAge: 0 });
    }
    return reply.sendFile('index.html', { maxAge: 0 });
  });
}
