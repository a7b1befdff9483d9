import type { ViteUserConfig } from 'vitest/config';

/** Test settings shared by every package: resolve workspace packages from source, no network. */
export const sharedTestConfig: ViteUserConfig = {
  resolve: { conditions: ['source', 'module', 'node', 'development|production'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    testTimeout: 20_000,
  },
};
