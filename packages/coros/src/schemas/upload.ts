import * as z from 'zod/mini';
import { corosIdSchema } from './label-id.js';

/** The payload of `POST /coros/file/upload`: the id to poll. */
export const corosUploadSchema = z.looseObject({
  /** The upload's id: a 64-bit integer, kept as a decimal string. */
  uploadId: corosIdSchema,
});

/** The payload of `POST /coros/file/upload`. */
export type CorosUpload = z.output<typeof corosUploadSchema>;

/**
 * The payload of `GET /coros/file/upload/get`: `status` 1 while processing, 2 done, -1 failed;
 * the workout's `labelId` once done, when sent.
 */
export const corosUploadStatusSchema = z.looseObject({
  /** 1 processing, 2 done, -1 failed. */
  status: z.number(),
  /** The created workout, once done. */
  labelId: z.nullish(corosIdSchema),
});

/** The payload of `GET /coros/file/upload/get`. */
export type CorosUploadStatus = z.output<typeof corosUploadStatusSchema>;
