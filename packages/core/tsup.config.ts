import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // Keep `node:` specifiers as written: Deno, Bun and Workers resolve only the prefixed form.
  removeNodeProtocol: false,
  treeshake: true,
});
