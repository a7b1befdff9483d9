import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
// @fitlink/core cannot depend on the sandbox (the sandbox depends on it), so its README's example is checked here.
const CORE_README = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'core', 'README.md'),
  'utf8',
);
const ROOT_README = readFileSync(
  join(import.meta.dirname, '..', '..', '..', '..', 'README.md'),
  'utf8',
);

const examples = {
  'in-process': {
    run: () => import('./in-process.example.js'),
    logs: [[429, '2'], [{ id: 'sandbox-user-1', name: 'Sandy Box' }]],
  },
  loopback: {
    run: () => import('./loopback.example.js'),
    logs: [['reset:', 'TypeError'], [{ id: 'sandbox-user-1', name: 'Sandy Box' }]],
  },
  'core-quickstart': {
    run: () => import('./core-quickstart.example.js'),
    logs: [[{ id: 'sandbox-user-1', name: 'Sandy Box' }]],
  },
} as const;

describe('README examples', () => {
  it.each(Object.keys(examples) as (keyof typeof examples)[])(
    'the %s example is in the README verbatim and runs',
    async (name) => {
      const source = readFileSync(join(import.meta.dirname, `${name}.example.ts`), 'utf8');
      if (name === 'core-quickstart') {
        expect(CORE_README).toContain(source.trim());
        expect(ROOT_README).toContain(source.trim());
      } else {
        expect(README).toContain(source.trim());
      }
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      await examples[name].run();
      expect(log.mock.calls).toEqual(examples[name].logs);
    },
  );
});
