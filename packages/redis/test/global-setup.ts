import type { TestProject } from 'vitest/node';
import { redisReachable } from './services.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Whether the real server answered (checked once per run, before every test file). */
    serverReachable: boolean;
  }
}

/** Checks the server once: one loud line when it is not there (a failure with FITLINK_REQUIRE_SERVICES=1). */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('serverReachable', await redisReachable());
}
