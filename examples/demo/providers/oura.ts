/**
 * Oura in the demo: the OAuth 2 code flow with the endpoints discovered from `moi.ouraring.com`
 * before the single-use code is sent, then workouts, sleep periods and daily summaries (readiness,
 * activity, SpO2, stress) from API v2, normalized.
 */
import { createOuraApp, createOuraClient } from '@fitlink/oura';
import { ouraSandboxPlugin } from '@fitlink/oura/testing';
import { codeFlow } from '../../shared/code-flow.js';
import type { ConnectContext, DemoProvider } from '../providers.js';

const credentials = (context: ConnectContext) =>
  context.live
    ? {
        clientId: context.env('OURA_CLIENT_ID') ?? '',
        clientSecret: context.env('OURA_CLIENT_SECRET') ?? '',
      }
    : { clientId: context.clientId, clientSecret: context.clientSecret };

export const ouraDemoProvider: DemoProvider = {
  id: 'oura',
  name: 'Oura',
  flow: 'OAuth 2 code flow (endpoints discovered before the single-use code, rotating refresh tokens)',
  liveVariables: ['OURA_CLIENT_ID', 'OURA_CLIENT_SECRET'],
  plugin: (now) => ouraSandboxPlugin({ now }),
  async connect(context) {
    const app = createOuraApp({
      ...credentials(context),
      redirectUri: context.redirectUri,
      fetch: context.fetch,
    });
    const tokens = await codeFlow(app, (url) => context.authorize(url));
    await context.store.set('oura', tokens);
    return {
      tokens,
      client: createOuraClient({ app, store: context.store, key: 'oura', fetch: context.fetch }),
    };
  },
};
