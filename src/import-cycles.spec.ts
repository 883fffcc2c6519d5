import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * No import cycle in `src/`, type-only imports and re-exports included (issue 15): lint's `import-x/no-cycle`
 * skips `import type`, through which a module's types can still depend on a file that depends on it.
 */
const SRC = dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return sources(path);
    }
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Each file's relative imports and re-exports (`import`, `import type`, `export ... from`). */
function graph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  const out = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const deps = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)]
      .map((m) => resolve(dirname(file), m[1].replace(/\.js$/, '.ts')))
      .filter((dep) => known.has(dep));
    out.set(file, deps);
  }
  return out;
}

function cycles(edges: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const dep of edges.get(node) ?? []) {
      if (state.get(dep) === 'open') {
        found.push([...stack.slice(stack.indexOf(dep)), dep]);
      } else if (!state.has(dep)) {
        visit(dep);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) {
    if (!state.has(node)) {
      visit(node);
    }
  }
  return found;
}

describe('src/ imports', () => {
  it('form no cycle, type-only imports included', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(100);
    const found = cycles(graph(files)).map((c) => c.map((f) => relative(SRC, f)).join(' -> '));
    expect(found).toEqual([]);
  });

  it('reads type-only imports, and finds the cycles they make', () => {
    const table = resolve(SRC, 'reports/export/resolution-tables.ts');
    expect(readFileSync(table, 'utf8')).toMatch(/^import type \{[^}]*\} from '\.\.\/reports\.types\.js';/m);
    expect(graph(sources(SRC)).get(table)).toContain(resolve(SRC, 'reports/reports.types.ts'));
    const a = resolve(SRC, 'a.ts');
    const b = resolve(SRC, 'b.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([[a, b, a]]);
  });
});
