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

// Everything but src/node.ts and src/node/ is reachable from src/index.ts and must run in any
// runtime: no node: modules, no msw/node, no Node globals, no reference to Node types.
const agnostic = sourceFiles(SRC).filter((file) => {
  const path = relative(SRC, file);
  return path !== 'node.ts' && !path.startsWith('node/');
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

  it('index.ts does not import the node entry', () => {
    expect(readFileSync(join(SRC, 'index.ts'), 'utf8')).not.toMatch(/node(\.js|\/)/);
  });
});
