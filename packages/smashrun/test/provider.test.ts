import * as smashrunPackage from '@fitlink/smashrun';
import { smashrun } from '@fitlink/smashrun';
import * as testing from '@fitlink/smashrun/testing';
import { describe, expect, it } from 'vitest';

describe('the smashrun descriptor and entry points', () => {
  it('describes SmashRun', () => {
    expect(smashrun).toMatchObject({
      id: 'smashrun',
      displayName: 'SmashRun',
      authKinds: ['oauth2'],
      defaultScopes: ['read_activity'],
      capabilities: ['activities', 'profile', 'streams'],
      docsUrl: 'https://api.smashrun.com/v1/documentation',
    });
    expect(Object.keys(smashrun.scopes)).toEqual(['read_activity', 'write_activity']);
    expect(Object.isFrozen(smashrun)).toBe(true);
  });

  it('exports the contract names', () => {
    for (const name of [
      'createSmashrunApp',
      'createSmashrunClient',
      'createSmashrunRateLimitPolicy',
      'mapSmashrunActivity',
      'mapSmashrunSamples',
      'mapSmashrunProfile',
    ]) {
      expect(typeof (smashrunPackage as Record<string, unknown>)[name]).toBe('function');
    }
    expect(typeof testing.smashrunSandboxPlugin).toBe('function');
    expect(typeof testing.createSmashrunHandlers).toBe('function');
    expect(typeof testing.createSmashrunFake).toBe('function');
  });
});
