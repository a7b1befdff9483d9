import {
  createEncryptedTokenStore,
  createMemoryStringStore,
  EncryptedTokenStore,
  generateTokenKey,
  MemoryStringStore,
} from '@fitlink/core';
import { describeTokenStoreConformance } from '../../src/conformance/token-store-conformance.js';
import { createFakeClock } from '../../src/fake-clock.js';

const clock = createFakeClock({ start: Date.parse('2026-11-22T12:00:00Z') });
const keys = [
  { id: 'current', key: generateTokenKey() },
  { id: 'retired', key: generateTokenKey() },
];

describeTokenStoreConformance(
  'createEncryptedTokenStore over createMemoryStringStore',
  () => createEncryptedTokenStore({ backend: createMemoryStringStore({ now: clock.now }), keys }),
  { advanceTime: (ms) => clock.advance(ms), requires: ['lock', 'versioned', 'leases'] },
);

describeTokenStoreConformance(
  'EncryptedTokenStore (class) over MemoryStringStore (class)',
  () => new EncryptedTokenStore({ backend: new MemoryStringStore(), keys }),
  { requires: ['lock'] },
);
