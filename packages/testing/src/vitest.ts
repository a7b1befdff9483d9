/**
 * The fitlink sandbox for vitest: {@link useSandbox} starts msw with a fresh sandbox for every
 * test. Import it from test files only (it registers vitest hooks). Node only.
 *
 * @packageDocumentation
 */
export {
  describeTokenStoreConformance,
  type TokenStoreCapability,
  type TokenStoreConformanceOptions,
} from './conformance/token-store-conformance.js';
export * from './vitest/mapper-properties.js';
export { type SandboxFixture, type UseSandboxOptions, useSandbox } from './vitest/use-sandbox.js';
