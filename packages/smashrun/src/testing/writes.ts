import type { RouteAnswer } from '@fitlink/testing';
import * as z from 'zod/mini';
import { smashrunActivitySchema } from '../schemas/activity.js';
import type { SmashrunFake } from './fake.js';
import { formatUtc } from './wire-format.js';

/** What the write answers need besides the request. */
export interface SmashrunWriteContext {
  /** The athlete's data, which the writes change. */
  readonly data: SmashrunFake;
  /** The server clock, epoch ms. */
  readonly now: () => number;
  /** SmashRun's 400 answer. */
  readonly badRequest: (message: string) => Response;
}

/**
 * `POST /my/activities`: a JSON run is checked against the activity schema and added (newest
 * data wins the next search); a TCX, GPX or FIT file is accepted unless empty, without being
 * parsed. The answer is the new id in an array, as SmashRun sends it.
 */
export function smashrunUploadAnswer({ data, now, badRequest }: SmashrunWriteContext): RouteAnswer {
  return async ({ request }) => {
    const type = request.headers.get('content-type') ?? '';
    const id = 42_000_000 + data.activities.length;
    if (!type.includes('json')) {
      const bytes = await request.arrayBuffer();
      return bytes.byteLength === 0 ? badRequest('Empty file') : [id];
    }
    const body: unknown = await request.json().catch(() => null);
    const created = formatUtc(now());
    const run = z.safeParse(smashrunActivitySchema, {
      activityType: 'running',
      source: 'api',
      ...(typeof body === 'object' && body !== null ? body : {}),
      activityId: id,
      dateCreatedUTC: created,
      dateUpdatedUTC: created,
    });
    if (!run.success) {
      const field = run.error.issues[0]?.path.join('.') || 'the run';
      return badRequest(`${field} is missing or invalid`);
    }
    data.activities.push(run.data);
    return [id];
  };
}

const weightInput = z.looseObject({ weightInKilograms: z.number() });

/** `POST /my/body/weight`: records a weight (the day defaults to today, UTC); 204 without a body. */
export function smashrunRecordWeightAnswer({
  data,
  now,
  badRequest,
}: SmashrunWriteContext): RouteAnswer {
  return async ({ request }) => {
    const body = z.safeParse(weightInput, await request.json().catch(() => null));
    if (!body.success) return badRequest('weightInKilograms is required');
    data.weights.push({
      date:
        typeof body.data.date === 'string'
          ? body.data.date
          : new Date(now()).toISOString().slice(0, 10),
      weightInKilograms: body.data.weightInKilograms,
    });
    return new Response(null, { status: 204 });
  };
}
