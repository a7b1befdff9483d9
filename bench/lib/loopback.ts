/** Starts and stops the loopback Strava API of `loopback-server.ts`, in a child process. */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import type { LoopbackData } from './loopback-server.js';
import type { StravaWorld } from './strava-world.js';

/** A running loopback Strava API. */
export interface LoopbackStrava {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** `<origin>/api/v3`, the client's base URL. */
  readonly apiBaseUrl: string;
  /** API requests answered since the last call. */
  takeRequestCount(): Promise<number>;
  /** Stops the server and its process. */
  close(): Promise<void>;
}

/**
 * Forks the server (Node with tsx's loader, so it runs the TypeScript file) and sends it the
 * world over the IPC channel (structured clone: 5,000 strings are quick).
 */
export async function startLoopbackStrava(world: StravaWorld): Promise<LoopbackStrava> {
  const child = fork(new URL('./loopback-server.ts', import.meta.url), [], {
    execArgv: ['--import', import.meta.resolve('tsx')],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const data: LoopbackData = {
    summaries: world.summaries,
    startSeconds: world.startSeconds,
    detailed: world.detailed,
  };
  child.send(data);
  const [message] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`the loopback server exited with ${code} before listening`);
    }),
  ])) as [{ port: number }];
  const origin = `http://127.0.0.1:${message.port}`;
  return {
    origin,
    apiBaseUrl: `${origin}/api/v3`,
    async takeRequestCount() {
      const response = await fetch(`${origin}/__requests`);
      return Number(await response.text());
    },
    async close() {
      const exited = once(child, 'exit');
      child.disconnect();
      await exited;
    },
  };
}
