/**
 * Compiles every TypeScript code block in the READMEs and docs, so documentation cannot rot:
 * each ```ts block must be a complete module (imports included) that type-checks strictly
 * against the workspace packages. Blocks are written to examples/.snippets/ (git-ignored;
 * examples/ depends on every package) and checked with one `tsc` run.
 *
 * Run: `pnpm check:snippets`. Exits 1 with the file, block and compiler error.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, 'examples', '.snippets');

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'api' ? [] : markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const sources = [
  join(root, 'README.md'),
  join(root, 'examples', 'README.md'),
  ...readdirSync(join(root, 'packages')).map((dir) => join(root, 'packages', dir, 'README.md')),
  ...markdownFiles(join(root, 'docs')),
].filter((path) => existsSync(path));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const origin = new Map<string, string>();
const fence = /^```(ts|typescript)\s*$([\s\S]*?)^```\s*$/gm;
for (const source of sources) {
  const text = readFileSync(source, 'utf8');
  let index = 0;
  for (const match of text.matchAll(fence)) {
    index += 1;
    const line = text.slice(0, match.index).split('\n').length;
    const name = `${relative(root, source).replace(/[^A-Za-z0-9]+/g, '-')}-${index}.ts`;
    writeFileSync(join(out, name), `${match[2]?.trim() ?? ''}\nexport {};\n`);
    origin.set(name, `${relative(root, source)}:${line}`);
  }
}
writeFileSync(
  join(out, 'tsconfig.json'),
  JSON.stringify({
    extends: '../../tsconfig.base.json',
    compilerOptions: { noEmit: true, types: ['node'], noUnusedLocals: false },
    include: ['*.ts'],
  }),
);

try {
  execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(out, 'tsconfig.json')], {
    cwd: join(root, 'examples'),
    encoding: 'utf8',
    stdio: 'pipe',
  });
} catch (error) {
  const output = String((error as { stdout?: string }).stdout ?? error);
  const located = output.replace(
    /^(?:\.snippets\/)?([\w.-]+\.ts)\((\d+),(\d+)\)/gm,
    (_, file: string, row: string) => {
      return `${origin.get(file) ?? file} (block line ${row})`;
    },
  );
  console.error(`check-snippets: code blocks that do not compile\n${located}`);
  process.exit(1);
}
console.log(
  `check-snippets: ${origin.size} TypeScript blocks from ${sources.length} Markdown files compile`,
);
