/**
 * Polar in the demo: the AccessLink v4 OAuth 2 code flow on auth.polar.com (HTTP Basic client
 * authentication, 12-hour tokens with refresh tokens), then training sessions, nights and
 * Nightly Recharge mornings, normalized.
 */
import { createPolarApp, createPolarClient } from '@fitlink/polar';
import { polarSandboxPlugin } from '@fitlink/polar/testing';
import { codeFlow } from '../../shared/code-flow.js';
import type { ConnectContext, DemoProvider } from '../providers.js';

const credentials = (context: ConnectContext) =>
  context.live
    ? {
        clientId: context.env('POLAR_CLIENT_ID') ?? '',
        clientSecret: context.env('POLAR_CLIENT_SECRET') ?? '',
      }
    : { clientId: context.clientId, clientSecret: context.clientSecret };

export const polarDemoProvider: DemoProvider = {
  id: 'polar',
  name: 'Polar',
  flow: 'OAuth 2 code flow (AccessLink v4, HTTP Basic, refresh tokens)',
  liveVariables: ['POLAR_CLIENT_ID', 'POLAR_CLIENT_SECRET'],
  plugin: (now) => polarSandboxPlugin({ now }),
  async connect(context) {
    const app = createPolarApp({
      ...credentials(context),
      redirectUri: context.redirectUri,
      fetch: context.fetch,
    });
    const tokens = await codeFlow(app, (url) => context.authorize(url));
    await context.store.set('polar', tokens);
    return {
      tokens,
      client: createPolarClient({ app, store: context.store, key: 'polar', fetch: context.fetch }),
    };
  },
};
