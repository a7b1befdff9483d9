/**
 * Header carrying the original origin (`https://www.strava.com`) of a request the loopback
 * `fetch` rewrote to `http://127.0.0.1:<port>`; the loopback server rebuilds the URL from it.
 */
export const SANDBOX_ORIGIN_HEADER = 'x-fitlink-sandbox-origin';
