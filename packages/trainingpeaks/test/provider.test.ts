import {
  createTrainingPeaksRateLimitPolicy,
  TRAININGPEAKS_DEFAULT_SCOPES,
  TRAININGPEAKS_SCOPES,
  trainingpeaks,
  trainingpeaksUrls,
} from '@fitlink/trainingpeaks';
import { describe, expect, it } from 'vitest';

describe('trainingpeaks descriptor', () => {
  it('describes the provider with all 17 scopes', () => {
    expect(trainingpeaks.id).toBe('trainingpeaks');
    expect(trainingpeaks.authKinds).toEqual(['oauth2']);
    expect(Object.keys(trainingpeaks.scopes)).toHaveLength(17);
    expect(Object.keys(TRAININGPEAKS_SCOPES)).toHaveLength(17);
    expect(Object.values(TRAININGPEAKS_SCOPES).every((text) => text.length > 10)).toBe(true);
    expect(trainingpeaks.defaultScopes).toEqual(TRAININGPEAKS_DEFAULT_SCOPES);
    expect(trainingpeaks.capabilities).toEqual([
      'activities',
      'daily',
      'profile',
      'streams',
      'webhooks',
    ]);
    expect(Object.isFrozen(trainingpeaks)).toBe(true);
  });

  it.each([
    [
      'sandbox',
      'https://oauth.sandbox.trainingpeaks.com',
      'https://api.sandbox.trainingpeaks.com/',
    ],
    ['production', 'https://oauth.trainingpeaks.com', 'https://api.trainingpeaks.com/'],
  ] as const)('has the %s hosts', (environment, oauth, api) => {
    const urls = trainingpeaksUrls(environment);
    expect(urls).toEqual({
      authorize: `${oauth}/OAuth/Authorize`,
      token: `${oauth}/oauth/token`,
      deauthorize: `${oauth}/oauth/deauthorize`,
      api,
    });
  });

  it('spaces requests when a rate was agreed and honours Retry-After', () => {
    const policy = createTrainingPeaksRateLimitPolicy({ minIntervalMs: 500 });
    const request = { method: 'GET', path: '/v1/athlete/profile', now: 1_000 };
    expect(policy.reserve(request)).toBeUndefined();
    expect(policy.reserve(request)).toEqual({ waitMs: 500, limit: 'spacing' });
    const headers = new Headers({ 'retry-after': '7' });
    expect(policy.retryAt({ status: 503, headers, request })).toBe(8_000);
  });
});
