import type { RouteAnswer } from '@fitlink/testing';
import type { StravaDetailedActivity } from '../schemas/activity.js';
import type { StravaUpload } from '../schemas/upload.js';
import type { StravaCreatedAnswer } from './created-answer.js';
import type { StravaSandboxData, StravaSandboxUpload } from './data.js';
import { stravaFault } from './errors.js';
import type { StravaFakeActivity } from './fake.js';
import { stravaWireId } from './fake-wire.js';

/** What the write answers read and steer. */
export interface StravaWriteAnswersOptions {
  /** The served data, where created activities and uploads go. */
  readonly data: StravaSandboxData;
  /** Reads the `uploadPollsUntilReady` knob. */
  readonly pollsUntilReady: () => number;
  /** Sends a checked 201. */
  readonly created: StravaCreatedAnswer;
}

const PROCESSING = 'Your activity is still being processed.';

function uploadBody(upload: StravaSandboxUpload, ready: boolean, status: string): StravaUpload {
  return {
    id: stravaWireId(upload.id),
    id_str: String(upload.id),
    external_id: upload.externalId,
    error: ready ? upload.error : null,
    status,
    activity_id: ready && upload.activity ? stravaWireId(upload.activity.id) : null,
  };
}

/**
 * The answers of Strava's writes: `POST /activities` (a manual activity, read in the sandbox
 * athlete's zone) and `POST /uploads` with `GET /uploads/{id}` (multipart, processed after a
 * number of polls, a second file with the same `external_id` refused as a duplicate).
 *
 * @param options - The data, the polls knob and the 201 sender.
 */
export function createStravaWriteAnswers(options: StravaWriteAnswersOptions): {
  createActivity: RouteAnswer;
  createUpload: RouteAnswer;
  upload: RouteAnswer;
} {
  const { data, created } = options;
  const { fake } = data;
  return {
    async createActivity({ request }) {
      const form = new URLSearchParams(await request.text());
      const name = form.get('name');
      const sportType = form.get('sport_type');
      const local = form.get('start_date_local');
      const elapsed = Number(form.get('elapsed_time'));
      if (!name || !sportType || !local || !(elapsed > 0)) {
        return stravaFault(400, 'Bad Request', {
          resource: 'Activity',
          field: 'name',
          code: 'missing',
        });
      }
      const template = fake.activities[0]?.workout;
      if (!template) return undefined;
      // The sandbox athlete's home zone: the local time is read there.
      const startMs =
        Date.parse(`${local.replace(/Z$/, '')}Z`) - template.utcOffsetMinutes * 60_000;
      const activity: StravaFakeActivity = {
        id: (fake.activities.at(-1)?.id ?? 0n) + 1_000_000n + BigInt(data.created.length),
        workout: {
          ...template,
          sport: 'strength',
          title: name,
          startMs,
          elapsedSeconds: elapsed,
          movingSeconds: elapsed,
          distanceMeters: form.has('distance') ? Number(form.get('distance')) : null,
          elevationGainMeters: null,
          averagePowerWatts: null,
          workKilojoules: null,
          averageCadence: null,
          startLatLng: null,
          indoor: true,
        },
      };
      data.created.push(activity);
      const body: StravaDetailedActivity = {
        ...fake.detailed(activity),
        sport_type: sportType,
        type: sportType,
        manual: true,
        trainer: form.get('trainer') === '1',
        commute: form.get('commute') === '1',
        description: form.get('description'),
        has_heartrate: false,
        average_heartrate: undefined,
        max_heartrate: undefined,
        calories: 0,
        laps: [],
      };
      return created('createActivity', body);
    },
    async createUpload({ request }) {
      const form = await request.formData().catch(() => null);
      const file = form?.get('file');
      const dataType = form?.get('data_type');
      if (!form || !(file instanceof Blob) || typeof dataType !== 'string') {
        return stravaFault(400, 'Bad Request', {
          resource: 'Upload',
          field: 'file',
          code: 'missing',
        });
      }
      const count = data.uploads.size + 1;
      const id = 2n ** 55n + 7n * BigInt(count);
      const externalId = String(form.get('external_id') ?? `upload-${count}.${dataType}`);
      const duplicate = [...data.uploads.values()].find((item) => item.externalId === externalId);
      const template = fake.activities.at(-1);
      const activity: StravaFakeActivity | null =
        duplicate || !template
          ? null
          : {
              id: template.id + 5_000_000n + BigInt(count - 1),
              workout: {
                ...template.workout,
                title: String(form.get('name') ?? 'Uploaded activity'),
              },
            };
      const error = duplicate
        ? `${externalId} duplicate of activity ${duplicate.activity?.id ?? 0n}`
        : null;
      const upload: StravaSandboxUpload = { id, externalId, polls: 0, activity, error };
      data.uploads.set(id, upload);
      return created('createUpload', uploadBody(upload, false, PROCESSING));
    },
    upload({ params }) {
      const upload = /^\d+$/.test(params.uploadId ?? '')
        ? data.uploads.get(BigInt(params.uploadId as string))
        : undefined;
      if (!upload) return undefined;
      upload.polls += 1;
      const ready = upload.polls >= options.pollsUntilReady();
      if (ready && upload.activity && !data.created.includes(upload.activity)) {
        data.created.push(upload.activity);
      }
      const status = upload.error
        ? 'There was an error processing your activity.'
        : ready
          ? 'Your activity is ready.'
          : PROCESSING;
      return uploadBody(upload, ready, status);
    },
  };
}
