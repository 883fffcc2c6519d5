import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';

interface Chunk {
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  isEntry: boolean;
}

/** `module` bundled on its own (nothing shared with the app's chunks) into a script for `index.html`. */
async function inlineScript(root: string, module: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(root, module), formats: ['iife'], name: 'boot' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs
    .flatMap((o) => ('output' in o ? o.output : []))
    .find((o) => o.type === 'chunk' && o.isEntry);
  if (!chunk || chunk.type !== 'chunk') {
    throw new Error(`screen-preload: ${module} built no script`);
  }
  return chunk.code.replace(/<\/script/gi, '<\\/script');
}

/**
 * A screen opened by its address (a leader's bookmark of the dashboard) starts loading what it needs while the
 * browser is still parsing the app's bundle, rather than after the bundle has run and React has reached the lazy
 * screen:
 * - `boot`: a module (a few kB, bundled on its own) whose code `index.html` carries inline, run as the page is
 *   parsed; it starts the screen's first requests (src/boot/early.ts);
 * - `screens`: when the address is a screen's, `modulepreload` links for the chunks of its `modules` (and of
 *   what they import) that the app's entry does not load already.
 */
export function screenPreload(screens: { path: RegExp; modules: string[] }[], boot: string): Plugin {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'screen-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(_html, ctx) {
        if (!ctx.bundle) {
          return [];
        }
        const chunks = Object.values(ctx.bundle).flatMap((o) => (o.type === 'chunk' ? [o as Chunk] : []));
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const walk = (file: string, into: Set<string>): Set<string> => {
          if (!into.has(file)) {
            into.add(file);
            for (const imported of byFile.get(file)?.imports ?? []) {
              walk(imported, into);
            }
          }
          return into;
        };
        const entry = chunks.find((c) => c.isEntry);
        if (!entry) {
          throw new Error('screen-preload: the bundle has no entry');
        }
        const loaded = walk(entry.fileName, new Set());
        const rules = screens.map(({ path, modules }) => {
          const files = new Set<string>();
          for (const module of modules) {
            const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
            if (!chunk) {
              throw new Error(`screen-preload: no chunk for ${module}`);
            }
            walk(chunk.fileName, files);
          }
          return [path.source, [...files].filter((f) => !loaded.has(f)).map((f) => base + f)];
        });
        const preload =
          `(function(){var r=${JSON.stringify(rules)};for(var i=0;i<r.length;i++){` +
          `if(!new RegExp(r[i][0]).test(location.pathname))continue;` +
          `for(var j=0;j<r[i][1].length;j++){var l=document.createElement('link');l.rel='modulepreload';` +
          `l.crossOrigin='';l.href=r[i][1][j];document.head.appendChild(l)}}})();`;
        return [
          // First in <head>: an inline script runs as soon as it is parsed (no stylesheet before it to wait for).
          { tag: 'script', children: await inlineScript(root, boot), injectTo: 'head-prepend' },
          { tag: 'script', children: preload, injectTo: 'head' },
        ];
      },
    },
  };
}
