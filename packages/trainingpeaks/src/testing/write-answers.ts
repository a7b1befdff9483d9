import { checkAnswer, type RouteAnswer } from '@fitlink/testing';
import * as z from 'zod/mini';
import { TRAININGPEAKS_ROUTES } from '../endpoints.js';
import { trainingpeaksFileUploadSchema } from '../schemas/file-upload.js';
import {
  type TrainingPeaksWebhookSubscription,
  trainingpeaksWebhookEventTypes,
  trainingpeaksWebhookSubscriptionSchema,
} from '../schemas/webhook-subscription.js';
import { trainingpeaksMessage as message } from './errors.js';
import type { TrainingPeaksSandboxData, TrainingPeaksSandboxStats } from './sandbox-state.js';

/** The routes whose answers change the sandbox's data. */
type WriteRoute =
  | 'uploadFile'
  | 'webhookSubscriptions'
  | 'createWebhookSubscription'
  | 'updateWebhookSubscription'
  | 'deleteWebhookSubscription';

// A create or update request sends a subscription's fields without `Id`.
const subscriptionBodySchema = z.partial(trainingpeaksWebhookSubscriptionSchema);
const isEventType = (type: unknown) =>
  trainingpeaksWebhookEventTypes.some((known) => known === type);
const readJson = (request: Request): Promise<unknown> => request.json().catch(() => null);

/**
 * The answers of the routes that write: the asynchronous file upload (202, 415 for another
 * type, 422 for a duplicate) and webhook subscriptions (create 201, update, delete).
 *
 * @param parts - The data to change, the counters, and whether answers are schema-checked.
 */
export function createTrainingPeaksWriteAnswers(parts: {
  data: TrainingPeaksSandboxData;
  stats: TrainingPeaksSandboxStats;
  validate: boolean;
}): Record<WriteRoute, RouteAnswer> {
  const { data, stats } = parts;
  // The kit schema-checks the values it sends with 200; a 201 is checked here the same way.
  const created = (value: TrainingPeaksWebhookSubscription) => {
    const { response } = TRAININGPEAKS_ROUTES.createWebhookSubscription;
    const check = parts.validate
      ? checkAnswer('createWebhookSubscription', response, value)
      : undefined;
    if (check === undefined) return Response.json(value, { status: 201 });
    stats.invalidAnswers.push(check);
    return Response.json({ sandbox_error: check.message }, { status: 500 });
  };
  return {
    uploadFile: async ({ request }) => {
      const body = trainingpeaksFileUploadSchema.safeParse(await readJson(request));
      if (!body.success || !body.data.Filename || !body.data.Data) {
        return message(400, 'UploadClient, Filename and Data are required');
      }
      const { Filename: filename, Data: content } = body.data;
      if (!/\.(fit|tcx|pwx)(\.gz)?$/i.test(filename)) {
        return message(415, 'Supported file types are .FIT, .TCX and .PWX');
      }
      const key = `${filename}:${content.length}:${content.slice(0, 32)}`;
      if (data.uploads.includes(key)) {
        return message(422, "The file has already been uploaded to the athlete's account");
      }
      data.uploads.push(key);
      // Accepted for asynchronous processing: no body.
      return new Response(null, { status: 202 });
    },
    webhookSubscriptions: () => [...data.subscriptions.values()],
    createWebhookSubscription: async ({ request }) => {
      const body = subscriptionBodySchema.safeParse(await readJson(request));
      if (!body.success || !isEventType(body.data.EventType)) {
        return message(
          400,
          'EventType must be workout-created, workout-updated or workout-deleted',
        );
      }
      const id = `0d76e887-0000-4000-8000-${String(data.subscriptions.size + 1).padStart(12, '0')}`;
      const subscription: TrainingPeaksWebhookSubscription = {
        Id: id,
        AthleteId: body.data.AthleteId,
        EventType: body.data.EventType,
        WebhookUrl: body.data.WebhookUrl,
        Active: true,
        CreatedBy: body.data.AthleteId,
        CreatedOn: new Date(data.now()).toISOString(),
      };
      data.subscriptions.set(id, subscription);
      return created(subscription);
    },
    updateWebhookSubscription: async ({ request, params }) => {
      const id = params.subscriptionId ?? '';
      const current = data.subscriptions.get(id);
      if (!current) return undefined;
      const body = subscriptionBodySchema.safeParse(await readJson(request));
      const change = body.success ? body.data : {};
      const next = {
        ...current,
        EventType: change.EventType,
        WebhookUrl: change.WebhookUrl,
        Active: change.Active,
      };
      data.subscriptions.set(id, next);
      return next;
    },
    deleteWebhookSubscription: ({ params }) =>
      data.subscriptions.delete(params.subscriptionId ?? '')
        ? new Response(null, { status: 200 })
        : undefined,
  };
}
