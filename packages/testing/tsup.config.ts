import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts', 'src/vitest.ts', 'src/deno.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'node',
  // Keep `node:http` as written: Deno and Bun resolve the prefixed form.
  removeNodeProtocol: false,
  external: ['msw', 'vitest', 'fast-check', '@fitlink/core'],
});
