import { routePath } from '@fitlink/core';
import { SMASHRUN_API_BASE_URL, SMASHRUN_ROUTES, type SmashrunRouteName } from '@fitlink/smashrun';
import { seedConnection } from '@fitlink/testing';
import { describe, expect, it } from 'vitest';
import { useSmashrunSandbox } from '../helpers.js';

describe('createSmashrunHandlers', () => {
  const world = useSmashrunSandbox();

  it('serves every route of SMASHRUN_ROUTES with schema-valid answers', async () => {
    const { tokens } = await seedConnection({
      auth: world.plugin.auth,
      scope: ['read_activity', 'write_activity'],
    });
    const run = world.plugin.data.activities.find((activity) => activity.hasDetailsGPS === 1);
    const params = { activityId: run?.activityId ?? 0, unit: 'km', year: 2026, month: 11 };
    const bodies: Partial<Record<SmashrunRouteName, unknown>> = {
      uploadActivity: {
        startDateTimeLocal: '2026-11-21T06:00:00-07:00',
        distance: 5,
        duration: 1500,
      },
      recordBodyWeight: { weightInKilograms: 68.2 },
    };
    for (const [name, route] of Object.entries(SMASHRUN_ROUTES)) {
      const body = bodies[name as SmashrunRouteName];
      const response = await fetch(`${SMASHRUN_API_BASE_URL}${routePath(route, params)}`, {
        method: route.method,
        headers: {
          authorization: `Bearer ${tokens.accessToken}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      expect([name, response.status]).toEqual([name, name === 'recordBodyWeight' ? 204 : 200]);
    }
    expect(Object.keys(world.plugin.stats.byRoute).sort()).toEqual(
      Object.keys(SMASHRUN_ROUTES).sort(),
    );
    expect(world.plugin.stats.invalidAnswers).toEqual([]);
  });

  it('takes the access token as a URL parameter too', async () => {
    const { tokens } = await seedConnection({ auth: world.plugin.auth });
    const path = routePath(SMASHRUN_ROUTES.userInfo);
    const url = `${SMASHRUN_API_BASE_URL}${path}?access_token=${tokens.accessToken}`;
    expect((await fetch(url)).status).toBe(200);
    expect((await fetch(`${SMASHRUN_API_BASE_URL}${path}`)).status).toBe(401);
  });
});
