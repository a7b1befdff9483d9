import { matchRoute, routePath, routeScopes } from '@fitlink/core';
import { STRAVA_API_BASE_URL, STRAVA_ROUTES, STRAVA_SCOPES } from '@fitlink/strava';
import { describe, expect, it } from 'vitest';
import { useStravaSandbox } from './helpers.js';

describe('STRAVA_ROUTES', () => {
  const context = useStravaSandbox();

  it('names only Strava scopes, and fills int64 ids into paths', () => {
    for (const route of Object.values(STRAVA_ROUTES)) {
      for (const scope of routeScopes(route)) expect(Object.keys(STRAVA_SCOPES)).toContain(scope);
    }
    expect(routePath(STRAVA_ROUTES.activityStreams, { activityId: '18014398509482993' })).toBe(
      'activities/18014398509482993/streams',
    );
  });

  it('finds the route of a request, literal segments first', () => {
    expect(matchRoute(STRAVA_ROUTES, 'GET', '/athlete/activities?page=2')?.name).toBe(
      'athleteActivities',
    );
    expect(matchRoute(STRAVA_ROUTES, 'GET', 'athlete/zones')?.name).toBe('athleteZones');
    expect(matchRoute(STRAVA_ROUTES, 'GET', 'activities/42/laps')).toMatchObject({
      name: 'activityLaps',
      params: { activityId: '42' },
    });
    expect(matchRoute(STRAVA_ROUTES, 'POST', 'activities')?.name).toBe('createActivity');
  });

  it('is the route list the sandbox answers, one handler per route', () => {
    const served = (context.sandbox.providers.get('strava')?.handlers ?? []).map(
      (handler) => `${handler.info.method} ${String(handler.info.path)}`,
    );
    for (const route of Object.values(STRAVA_ROUTES)) {
      expect(served).toContain(`${route.method} ${STRAVA_API_BASE_URL}/${route.path}`);
    }
  });
});
