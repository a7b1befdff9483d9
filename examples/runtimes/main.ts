/**
 * Runs the runtime smoke test on the runtime that loads this file (Node, Bun, Deno) and prints
 * its result as one JSON line. It does not call `process.exit`: a runtime that keeps running
 * after the work is done (an open handle) is a failure the runner's timeout catches.
 */
// First: on Deno, lets the process exit once msw is loaded (a no-op elsewhere).
import '@fitlink/testing/deno';
import { runSmoke } from './smoke.js';

console.log(JSON.stringify(await runSmoke()));
