import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'node',
  removeNodeProtocol: false,
  treeshake: true,
  external: ['redis', 'ioredis', '@fitlink/core'],
});
