import { expect } from 'vitest';
import { FitlinkError } from '../../src/index.js';

/** Values the revocation tests send; none may appear in an error or an event. */
export const TOKEN = 'access-5f2a9c81d3e7b640';
/** A renewed access token. */
export const FRESH = 'access-fresh-0b71c2d9e8';
/** A client secret passed as an extra secret. */
export const SECRET = 'client-secret-93af01c7';
/** A Strava-like deauthorization endpoint. */
export const DEAUTHORIZE = 'https://auth.example.test/oauth/deauthorize';
/** A WHOOP-like revocation route. */
export const ACCESS = 'https://api.example.test/developer/v2/user/access';

/** Everything an error exposes, to check no credential is in it. */
function exposed(error: FitlinkError): string {
  return [error.message, error.stack, JSON.stringify(error.toJSON())].join('\n');
}

/** Awaits a rejection, checks it is a fitlink error free of every credential, and returns it. */
export async function failure(promise: Promise<unknown>): Promise<FitlinkError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FitlinkError);
  for (const secret of [TOKEN, FRESH, SECRET]) {
    expect(exposed(error as FitlinkError)).not.toContain(secret);
  }
  return error as FitlinkError;
}
