/**
 * `npm run lint`: fails on an import cycle among the files of src/, type-only imports and re-exports
 * included (`import-x/no-cycle` skips `import type`, and a type cycle still ties modules together).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * Cycles allowed, each as its list of files: none. An exempt cycle that grows is a new cycle; one that is gone must
 * leave this list, so that it cannot come back unnoticed.
 */
const EXEMPT = [];

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(path);
    }
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sourceFiles(join(ROOT, 'src'));
const known = new Set(files);
const edges = new Map(
  files.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map(({ fileName }) => fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => resolve(dirname(file), name).replace(/\.js$/, '.ts'))
      .filter((target) => known.has(target));
    return [file, [...new Set(targets)]];
  }),
);

/** Tarjan's strongly connected components: every component of more than one file is a cycle. */
function components() {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let counter = 0;
  const visit = (file) => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of edges.get(file)) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file), low.get(target)));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file), index.get(target)));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || edges.get(file).includes(file)) {
        found.push(component.map((f) => relative(ROOT, f)).sort());
      }
    }
  };
  files.forEach((file) => index.has(file) || visit(file));
  return found;
}

const found = components().map((cycle) => cycle.join(' <-> '));
const exempt = EXEMPT.map((cycle) => [...cycle].sort().join(' <-> '));
const cycles = found.filter((cycle) => !exempt.includes(cycle));
const stale = exempt.filter((cycle) => !found.includes(cycle));
if (cycles.length || stale.length) {
  const list = (items) => items.map((item) => `  ${item}`).join('\n');
  if (cycles.length) {
    console.error(`Import cycles in src/ (type-only imports count):\n${list(cycles)}`);
  }
  if (stale.length) {
    console.error(
      `No longer cycles: remove them from EXEMPT in ${relative(ROOT, import.meta.filename)}:\n${list(stale)}`,
    );
  }
  process.exit(1);
}
