import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type CallOptions,
  createOAuth2App,
  createProfile,
  type Profile,
  type ProfileSource,
  type ProviderAppOptions,
  passThroughAppSettings,
  type Samples,
  type SamplesSource,
  systemClock,
} from '../../src/index.js';

describe('passThroughAppSettings', () => {
  it('passes only what the caller set, so core defaults apply to the rest', () => {
    expect(passThroughAppSettings({})).toEqual({});
    const fetchFn: typeof fetch = (input, init) => fetch(input, init);
    const settings: ProviderAppOptions & { clientId: string; onWarning: () => void } = {
      clientId: 'id',
      onWarning: () => undefined,
      fetch: fetchFn,
      clock: systemClock,
      timeoutMs: 0,
    };
    expect(passThroughAppSettings(settings)).toEqual({
      fetch: fetchFn,
      clock: systemClock,
      timeoutMs: 0,
    });
    expect(Object.keys(passThroughAppSettings({ timeoutMs: 5 }))).toEqual(['timeoutMs']);
  });

  it('spreads into createOAuth2App settings', () => {
    const app = createOAuth2App({
      provider: 'example',
      endpoints: {
        authorizationEndpoint: 'https://example.test/authorize',
        tokenEndpoint: 'https://example.test/token',
      },
      clientId: 'id',
      redirectUri: 'https://app.test/callback',
      ...passThroughAppSettings({ timeoutMs: 1234 }),
    });
    expect(app.settings.timeoutMs).toBe(1234);
    expect(app.settings.fetch).toBeUndefined();
  });
});

describe('ProfileSource and SamplesSource', () => {
  it('are met by clients whose methods take narrower or wider options', async () => {
    const profile = createProfile({ provider: 'example', externalId: '1' });
    const client = {
      provider: 'example' as const,
      async getProfile(_options?: CallOptions & { includeBody?: boolean }): Promise<Profile> {
        return profile;
      },
      // A provider that always has samples may promise `Samples`.
      async getSamples(_id: string | number, _options?: CallOptions): Promise<Samples | null> {
        return null;
      },
    };
    const profiles: ProfileSource = client;
    const samples: SamplesSource = client;
    expect(await profiles.getProfile()).toBe(profile);
    expect(await samples.getSamples('42')).toBeNull();
    expectTypeOf<SamplesSource['getSamples']>().returns.resolves.toEqualTypeOf<Samples | null>();
    expectTypeOf<ProfileSource['provider']>().toEqualTypeOf<string>();
  });
});
