import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(directory, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(directory, entry.name)]
        : [],
  );
}

// Everything but the Node-only entries (src/node.ts with src/node/, and src/vitest.ts with
// src/vitest/, which starts msw's Node server) is reachable from src/index.ts and must run in any
// runtime: no node: modules, no msw/node, no Node globals, no reference to Node types.
const NODE_ONLY = ['node', 'vitest'];
const agnostic = sourceFiles(SRC).filter((file) => {
  const path = relative(SRC, file);
  return !NODE_ONLY.some((entry) => path === `${entry}.ts` || path.startsWith(`${entry}/`));
});

describe('runtime-agnostic entry', () => {
  it.each(agnostic.map((file) => [relative(SRC, file), file]))(
    '%s uses no Node APIs',
    (_, file) => {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/from ['"](node:|msw\/node)/);
      expect(text).not.toMatch(/\b(Buffer|process)\.|\brequire\(|types="node"/);
    },
  );

  it('index.ts does not import the Node-only entries', () => {
    const index = readFileSync(join(SRC, 'index.ts'), 'utf8');
    expect(index).not.toMatch(/node(\.js|\/)/);
    expect(index).not.toMatch(/['"]\.\/vitest(\.js|\/)/);
  });
});
