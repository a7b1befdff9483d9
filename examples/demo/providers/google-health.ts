/**
 * Google Health in the demo (the Fitbit Web API's successor): Google's OAuth 2.0 code flow with
 * PKCE S256 and a non-rotating refresh token, then exercises, sleep with stages and daily
 * summaries (true zeros kept apart from days without the watch), normalized.
 */
import { createGoogleHealthApp, createGoogleHealthClient } from '@fitlink/google-health';
import { googleHealthSandboxPlugin } from '@fitlink/google-health/testing';
import { codeFlow } from '../../shared/code-flow.js';
import type { ConnectContext, DemoProvider } from '../providers.js';

const credentials = (context: ConnectContext) =>
  context.live
    ? {
        clientId: context.env('GOOGLE_HEALTH_CLIENT_ID') ?? '',
        clientSecret: context.env('GOOGLE_HEALTH_CLIENT_SECRET') ?? '',
      }
    : { clientId: context.clientId, clientSecret: context.clientSecret };

export const googleHealthDemoProvider: DemoProvider = {
  id: 'google-health',
  name: 'Google Health',
  flow: 'Google OAuth 2.0 code flow with PKCE S256 (offline access, refresh token not rotated)',
  liveVariables: ['GOOGLE_HEALTH_CLIENT_ID', 'GOOGLE_HEALTH_CLIENT_SECRET'],
  plugin: (now) => googleHealthSandboxPlugin({ now }),
  async connect(context) {
    const app = createGoogleHealthApp({
      ...credentials(context),
      redirectUri: context.redirectUri,
      fetch: context.fetch,
    });
    const tokens = await codeFlow(app, (url) => context.authorize(url));
    await context.store.set('google-health', tokens);
    return {
      tokens,
      client: createGoogleHealthClient({
        app,
        store: context.store,
        key: 'google-health',
        fetch: context.fetch,
      }),
    };
  },
};
