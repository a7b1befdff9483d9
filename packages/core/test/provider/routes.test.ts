import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defineRoutes, FitlinkError, matchRoute, routePath, routeScopes } from '../../src/index.js';

const record = z.looseObject({ id: z.string() });
const ROUTES = defineRoutes<'read:cycles' | 'read:sleep' | 'write'>()({
  cycles: { method: 'GET', path: 'v2/cycle', scope: 'read:cycles', response: record },
  cycle: { method: 'GET', path: 'v2/cycle/:cycleId', scope: 'read:cycles', response: record },
  cycleSleep: {
    method: 'GET',
    path: 'v2/cycle/:cycleId/sleep',
    scope: 'read:sleep',
    response: record,
  },
  latest: {
    method: 'GET',
    path: 'v2/cycle/latest',
    scope: ['read:cycles', 'write'],
    response: null,
  },
  remove: { method: 'DELETE', path: 'v2/cycle/:cycleId', scope: null, response: null },
});

describe('route tables', () => {
  it('fills path parameters, URI-encoded', () => {
    expect(routePath(ROUTES.cycle, { cycleId: 'a b/c' })).toBe('v2/cycle/a%20b%2Fc');
    expect(routePath(ROUTES.cycles)).toBe('v2/cycle');
    expect(routePath(ROUTES.cycle, { cycleId: 12345678901234567890n })).toBe(
      'v2/cycle/12345678901234567890',
    );
  });

  it('refuses a missing parameter with a typed error', () => {
    expect(() => routePath(ROUTES.cycle, {})).toThrow(FitlinkError);
    expect(() => routePath(ROUTES.cycle, { cycleId: '' })).toThrow(/cycleId/);
  });

  it('matches by method and segments, literal segments first', () => {
    expect(matchRoute(ROUTES, 'GET', '/v2/cycle/93845/sleep?x=1')).toMatchObject({
      name: 'cycleSleep',
      params: { cycleId: '93845' },
    });
    expect(matchRoute(ROUTES, 'get', 'v2/cycle/latest')?.name).toBe('latest');
    expect(matchRoute(ROUTES, 'GET', 'v2/cycle/7')?.name).toBe('cycle');
    expect(matchRoute(ROUTES, 'DELETE', 'v2/cycle/7')?.name).toBe('remove');
    expect(matchRoute(ROUTES, 'POST', 'v2/cycle/7')).toBeUndefined();
    expect(matchRoute(ROUTES, 'GET', 'v2/cycle/7/sleep/extra')).toBeUndefined();
    expect(matchRoute(ROUTES, 'GET', 'v2/cycle/%E0%A4%A')?.params).toEqual({ cycleId: '%E0%A4%A' });
  });

  it('lists scopes', () => {
    expect(routeScopes(ROUTES.cycle)).toEqual(['read:cycles']);
    expect(routeScopes(ROUTES.latest)).toEqual(['read:cycles', 'write']);
    expect(routeScopes(ROUTES.remove)).toEqual([]);
  });

  it('rejects a leading slash and freezes the table', () => {
    expect(() =>
      defineRoutes()({ bad: { method: 'GET', path: '/x', scope: null, response: null } }),
    ).toThrow(/must not start/);
    expect(Object.isFrozen(ROUTES)).toBe(true);
    expect(Object.isFrozen(ROUTES.cycle)).toBe(true);
  });
});
