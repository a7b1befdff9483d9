/** Starts and stops the loopback Strava API of `loopback-worker.ts`. */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { LoopbackData } from './loopback-worker.js';
import type { StravaWorld } from './strava-world.js';

/** A running loopback Strava API. */
export interface LoopbackStrava {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** `<origin>/api/v3`, the client's base URL. */
  readonly apiBaseUrl: string;
  /** API requests answered since the last call. */
  takeRequestCount(): Promise<number>;
  /** Stops the server and its thread. */
  close(): Promise<void>;
}

// A worker does not inherit tsx's loader: its entry loads tsx's API, which imports the worker's
// TypeScript module.
const entry = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ tsImport }) =>
  tsImport(${JSON.stringify(new URL('./loopback-worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}));`;

/** Starts the server in a worker thread. */
export async function startLoopbackStrava(world: StravaWorld): Promise<LoopbackStrava> {
  const workerData: LoopbackData = {
    summaries: world.summaries,
    startSeconds: world.startSeconds,
    detailed: world.detailed,
  };
  const worker = new Worker(entry, { eval: true, workerData });
  const [message] = (await once(worker, 'message')) as [{ port: number }];
  const origin = `http://127.0.0.1:${message.port}`;
  return {
    origin,
    apiBaseUrl: `${origin}/api/v3`,
    async takeRequestCount() {
      const response = await fetch(`${origin}/__requests`);
      return Number(await response.text());
    },
    async close() {
      worker.postMessage('close');
      await once(worker, 'exit');
    },
  };
}
