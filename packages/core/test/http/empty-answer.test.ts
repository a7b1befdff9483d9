import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { createHttpClient, type FitlinkError, ValidationError } from '../../src/index.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const base = 'https://api.empty.invalid/v3/';
const activities = z.array(z.looseObject({ id: z.number() }));

function answering(status: 200 | 204, body: string | null = null) {
  server.use(
    http.get(`${base}athlete/activities`, () => new HttpResponse(body, { status })),
    http.get('https://api.spotify.invalid/v1/me/player', () => new HttpResponse(null, { status })),
  );
}

describe('an empty answer where JSON was expected', () => {
  it('a 204 to a request with a schema is a ValidationError naming the endpoint, not null', async () => {
    answering(204);
    const client = createHttpClient({ provider: 'strava', baseUrl: base });
    const failure = await client
      .request({ path: 'athlete/activities', schema: activities })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ValidationError);
    expect(failure).toMatchObject({
      code: 'validation',
      provider: 'strava',
      endpoint: 'GET /v3/athlete/activities',
      issues: [{ path: [], code: 'invalid_type' }],
    });
    expect((failure as Error).message).toMatch(
      /^strava answered GET \/v3\/athlete\/activities with an empty body \(HTTP 204\) where JSON was expected/,
    );
  });

  it('so does a 200 with no body, or only whitespace', async () => {
    const client = createHttpClient({ provider: 'strava', baseUrl: base });
    for (const body of [null, '', '  \n']) {
      answering(200, body);
      await expect(
        client.request({ path: 'athlete/activities', schema: activities }),
      ).rejects.toMatchObject({ code: 'validation', issues: [{ path: [] }] });
    }
  });

  it('allowEmpty: true answers null, typed as such; without it the type has no null', async () => {
    answering(204);
    const client = createHttpClient({ provider: 'strava', baseUrl: base });
    const allowed = await client.request({
      path: 'athlete/activities',
      schema: activities,
      allowEmpty: true,
    });
    expect(allowed).toMatchObject({ status: 204, data: null });
    expectTypeOf(allowed.data).toEqualTypeOf<z.infer<typeof activities> | null>();
    answering(200, '[{"id":1}]');
    const strict = await client.request({ path: 'athlete/activities', schema: activities });
    expect(strict.data).toEqual([{ id: 1 }]);
    expectTypeOf(strict.data).toEqualTypeOf<z.infer<typeof activities>>();
  });

  it('a request without a schema still reads an empty answer as null (its data is unknown)', async () => {
    answering(204);
    const client = createHttpClient({ provider: 'strava', baseUrl: base });
    expect((await client.request({ path: 'athlete/activities' })).data).toBeNull();
  });

  it('follows the validation mode: warn reports and answers null, off answers null', async () => {
    answering(204);
    const warnings: FitlinkError[] = [];
    const warn = createHttpClient({
      provider: 'strava',
      baseUrl: base,
      validation: 'warn',
      onValidationWarning: (error) => warnings.push(error),
    });
    expect((await warn.request({ path: 'athlete/activities', schema: activities })).data).toBe(
      null,
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toBeInstanceOf(ValidationError);
    const off = createHttpClient({ provider: 'strava', baseUrl: base, validation: 'off' });
    expect((await off.request({ path: 'athlete/activities', schema: activities })).data).toBe(null);
  });

  it('no provider gets an empty answer as null without asking for it', async () => {
    answering(204);
    const spotify = createHttpClient({
      provider: 'spotify',
      baseUrl: 'https://api.spotify.invalid/v1/',
    });
    const schema = z.looseObject({ is_playing: z.boolean() });
    await expect(spotify.request({ path: 'me/player', schema })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(
      (await spotify.request({ path: 'me/player', schema, allowEmpty: true })).data,
    ).toBeNull();
  });
});
