import { createMemoryTokenStore, MemoryTokenStore } from '@fitlink/core';
import { describeTokenStoreConformance } from '../../src/conformance/token-store-conformance.js';
import { createFakeClock } from '../../src/fake-clock.js';

const clock = createFakeClock({ start: Date.parse('2026-11-22T12:00:00Z') });

describeTokenStoreConformance(
  'createMemoryTokenStore',
  () => createMemoryTokenStore({ now: clock.now }),
  {
    advanceTime: (ms) => clock.advance(ms),
    requires: ['lock', 'versioned', 'leases'],
  },
);

// The deprecated class has get/set/delete and lock only: the other cases report as skipped.
describeTokenStoreConformance('MemoryTokenStore (class)', () => new MemoryTokenStore(), {
  requires: ['lock'],
});

describeTokenStoreConformance('createMemoryTokenStore without capabilities', () =>
  createMemoryTokenStore({ lock: false, versioned: false, leases: false }),
);
