import { defineConfig } from 'tsup';

/**
 * The build of every provider package: ESM + .d.ts for the main entry and the `./testing`
 * subpath, runtime-agnostic (no Node built-ins resolved), `node:` specifiers kept as written.
 */
export const providerBuild = defineConfig({
  entry: ['src/index.ts', 'src/testing/index.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  removeNodeProtocol: false,
  treeshake: true,
});
