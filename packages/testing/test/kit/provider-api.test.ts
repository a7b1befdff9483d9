import { defineRoutes, routePath } from '@fitlink/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  createProviderApi,
  createProviderSandboxPlugin,
  createWindowBudget,
  jsonAnswer,
  type ProviderErrorAnswers,
  SANDBOX_CLIENT,
  seedConnection,
  tokenPage,
} from '../../src/index.js';
import { useSandbox } from '../../src/vitest.js';

const BASE = 'https://api.kit.example';
const workout = z.looseObject({ id: z.string(), kj: z.number() });
const ROUTES = defineRoutes<'read' | 'write'>()({
  workouts: {
    method: 'GET',
    path: 'v1/workouts',
    scope: 'read',
    response: z.looseObject({ records: z.array(workout), next_token: z.optional(z.string()) }),
  },
  workout: { method: 'GET', path: 'v1/workouts/:workoutId', scope: 'read', response: workout },
  create: { method: 'POST', path: 'v1/workouts', scope: ['read', 'write'], response: workout },
  // After the parameterised route on purpose: the kit serves the more literal path first.
  latest: { method: 'GET', path: 'v1/workouts/latest', scope: 'read', response: workout },
  status: { method: 'GET', path: 'v1/status', scope: null, response: null },
});

const errors: ProviderErrorAnswers = {
  forbidden: ({ missing }) =>
    Response.json({ message: `needs ${missing.join(' ')}` }, { status: 403 }),
  rateLimited: () => Response.json({ message: 'slow down' }, { status: 429 }),
  notFound: ({ name }) => Response.json({ message: `no ${name}` }, { status: 404 }),
  badRequest: (message) => Response.json({ message }, { status: 400 }),
};

function kitPlugin() {
  return createProviderSandboxPlugin({
    id: 'kit',
    hosts: ['api.kit.example'],
    knobs: {
      budget: createWindowBudget({ windows: [{ name: 'minute', limit: 5, windowMs: 60_000 }] }),
      brokenWorkout: false,
    },
    authorization: () => ({
      baseUrl: BASE,
      clients: [SANDBOX_CLIENT],
      supportedScopes: ['read', 'write'],
    }),
    data: ({ seed }) => ({
      workouts: Array.from({ length: 12 }, (_, index) => ({
        id: `w${seed}-${index}`,
        kj: index * 10,
      })),
    }),
    api: ({ auth, data, knobs, stats, context }) =>
      createProviderApi({
        baseUrl: BASE,
        routes: ROUTES,
        auth,
        stats,
        errors,
        budget: knobs.budget,
        rateLimitHeaders: ({ windows }) => ({ 'X-Remaining': String(windows[0]?.remaining) }),
        validate: context.validateAnswers,
        anonymous: ['status'],
        answers: {
          workouts: ({ url }) => {
            const slice = tokenPage(data.workouts, url, {
              token: 'nextToken',
              pageSize: 'limit',
              defaultSize: 5,
              maxSize: 10,
            });
            if (slice.error !== undefined) return errors.badRequest(slice.error);
            return { records: slice.items, next_token: slice.next };
          },
          workout: ({ params }) => {
            const found = data.workouts.find((w) => w.id === params.workoutId);
            return knobs.brokenWorkout && found ? { ...found, kj: 'lots' } : found;
          },
          create: async ({ request }) =>
            jsonAnswer(
              { id: 'new', ...((await request.json()) as object) },
              { status: 201, headers: { Location: `${BASE}/v1/workouts/new` } },
            ),
          latest: () => data.workouts.at(-1),
          status: () => new Response('ok'),
        },
      }).handlers,
  });
}

const sandbox = useSandbox(() => [kitPlugin()]);

async function call(path: string, token?: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  return fetch(`${BASE}/${path}`, { ...init, headers });
}

describe('createProviderApi and createProviderSandboxPlugin', () => {
  it('serves the table: paging, path parameters, 404, anonymous routes and headers', async () => {
    const { tokens } = await seedConnection({ auth: sandbox.plugin.auth, scope: ['read'] });
    const first = await call('v1/workouts?limit=10', tokens.accessToken);
    const body = (await first.json()) as { records: unknown[]; next_token: string };
    expect(body.records).toHaveLength(10);
    expect(first.headers.get('X-Remaining')).toBe('4');
    const rest = await call(`v1/workouts?nextToken=${body.next_token}`, tokens.accessToken);
    expect(((await rest.json()) as { records: unknown[] }).records).toHaveLength(2);
    const one = await call(
      `v1/workouts/${routePath(ROUTES.workout, { workoutId: 'w1-3' }).split('/').pop()}`,
      tokens.accessToken,
    );
    expect(await one.json()).toEqual({ id: 'w1-3', kj: 30 });
    expect((await call('v1/workouts/nope', tokens.accessToken)).status).toBe(404);
    expect((await call('v1/workouts?limit=11', tokens.accessToken)).status).toBe(400);
    expect(await (await call('v1/status')).text()).toBe('ok');
    expect(sandbox.plugin.stats).toMatchObject({
      requests: 6,
      byRoute: { workouts: 3, workout: 2, status: 1 },
    });
    expect(
      sandbox.plugin.stats.calls.map(
        (call) => `${call.method} ${call.url.pathname}${call.url.search}`,
      ),
    ).toEqual([
      'GET /v1/workouts?limit=10',
      expect.stringMatching(/^GET \/v1\/workouts\?nextToken=/),
      'GET /v1/workouts/w1-3',
      'GET /v1/workouts/nope',
      'GET /v1/workouts?limit=11',
      'GET /v1/status',
    ]);
  });

  it('authenticates, checks every scope of a route, and rate-limits with the headers', async () => {
    expect((await call('v1/workouts')).status).toBe(401);
    const { tokens } = await seedConnection({ auth: sandbox.plugin.auth, scope: ['read'] });
    const denied = await call('v1/workouts', tokens.accessToken, { method: 'POST', body: '{}' });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({ message: 'needs write' });
    sandbox.plugin.knobs.budget.spend('minute');
    const limited = await call('v1/workouts', tokens.accessToken);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('X-Remaining')).toBe('0');
    expect(sandbox.plugin.stats).toMatchObject({ unauthorized: 1, forbidden: 1, rateLimited: 1 });
  });

  it('checks answers against the route schema and records a drifting fake', async () => {
    const { tokens } = await seedConnection({
      auth: sandbox.plugin.auth,
      scope: ['read', 'write'],
    });
    const created = await call('v1/workouts', tokens.accessToken, {
      method: 'POST',
      body: JSON.stringify({ kj: 5 }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('Location')).toBe(`${BASE}/v1/workouts/new`);
    expect(await created.json()).toEqual({ id: 'new', kj: 5 });
    const latest = await call('v1/workouts/latest', tokens.accessToken);
    expect(await latest.json()).toEqual({ id: 'w1-11', kj: 110 });
    sandbox.plugin.knobs.brokenWorkout = true;
    const broken = await call('v1/workouts/w1-2', tokens.accessToken);
    expect(broken.status).toBe(500);
    expect(sandbox.plugin.stats.invalidAnswers).toEqual([
      { route: 'workout', message: expect.stringContaining('kj: ') },
    ]);
    // useSandbox would fail this test for it; empty the record to keep the test about the check.
    sandbox.plugin.stats.invalidAnswers.length = 0;
  });

  it('seeds connections with expiry and keys, and the handle refuses use before set-up', async () => {
    const seeded = await seedConnection({
      auth: sandbox.plugin.auth,
      scope: ['read'],
      expiresInSeconds: 0,
      key: 'kit:user-9',
    });
    expect(seeded.key).toBe('kit:user-9');
    expect(await seeded.store.get('kit:user-9')).toEqual(seeded.tokens);
    expect((await call('v1/workouts', seeded.tokens.accessToken)).status).toBe(401);
    const { key } = await seedConnection({ auth: sandbox.plugin.auth });
    expect(key).toBe('api.kit.example:user-1');
    expect(() => kitPlugin().data).toThrow(/not set up/);
    expect(() => kitPlugin().auth).toThrow(/not set up/);
  });
});
