import { matchRoute, routePath } from '@fitlink/core';
import { PELOTON_API_BASE_URL, PELOTON_ROUTES } from '@fitlink/peloton';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { connect, usePelotonSandbox } from './helpers.js';

const ctx = usePelotonSandbox();

describe('PELOTON_ROUTES', () => {
  it('finds each route from its own filled-in path', () => {
    for (const [name, route] of Object.entries(PELOTON_ROUTES)) {
      const path = routePath(route, { id: '5a9d1b0c7e3f4a2b8c6d0e1f2a3b4c5d' });
      expect(matchRoute(PELOTON_ROUTES, route.method, `/${path}`)?.name).toBe(name);
    }
  });

  it('the sandbox answers every route with a body its schema accepts', async () => {
    const { tokens } = await connect();
    const fake = ctx.plugin.data;
    const workout = fake?.workouts.find((item) => item.fitness_discipline === 'cycling');
    if (!fake || !workout?.ride) throw new Error('sandbox has no ride');
    const ids: Record<keyof typeof PELOTON_ROUTES, string> = {
      me: '',
      userWorkouts: fake.user.id,
      workout: workout.id,
      performanceGraph: workout.id,
      workoutSummary: workout.id,
      rideDetails: workout.ride.id,
      instructors: '',
      instructor: fake.instructors[0]?.id ?? '',
    };
    for (const [name, route] of Object.entries(PELOTON_ROUTES)) {
      const path = routePath(route, { id: ids[name as keyof typeof PELOTON_ROUTES] });
      const response = await fetch(`${PELOTON_API_BASE_URL}/${path}`, {
        method: route.method,
        headers: { authorization: `Bearer ${tokens.accessToken}`, 'peloton-platform': 'web' },
      });
      expect(response.status, name).toBe(200);
      const body: unknown = await response.json();
      if (route.response) expect(z.safeParse(route.response, body).success, name).toBe(true);
    }
  });

  it("the sandbox refuses a token without a member route's scope, and serves public routes to anyone", async () => {
    const { accessToken } = ctx.plugin.auth.issueTokens({ scope: ['openid'] });
    const headers = { authorization: `Bearer ${accessToken}`, 'peloton-platform': 'web' };
    const me = await fetch(`${PELOTON_API_BASE_URL}/${routePath(PELOTON_ROUTES.me)}`, { headers });
    expect(me.status).toBe(403);
    const instructors = `${PELOTON_API_BASE_URL}/${routePath(PELOTON_ROUTES.instructors)}`;
    expect((await fetch(instructors, { headers: { 'peloton-platform': 'web' } })).status).toBe(200);
  });

  it("the sandbox's rate-limit budget answers Cloudflare's 429 with the window's Retry-After", async () => {
    const { tokens } = await connect();
    ctx.plugin.knobs.rateLimit.spend('minute');
    const response = await fetch(`${PELOTON_API_BASE_URL}/${routePath(PELOTON_ROUTES.me)}`, {
      headers: { authorization: `Bearer ${tokens.accessToken}`, 'peloton-platform': 'web' },
    });
    expect(response.status).toBe(429);
    expect(await response.text()).toBe('error code: 1015');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(ctx.plugin.stats.rateLimited).toBe(1);
  });
});
