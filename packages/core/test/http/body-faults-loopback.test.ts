import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createHttpClient, FitlinkError } from '../../src/index.js';
import { createFakeClock } from '../fake-clock.js';

// The same body faults over a real socket on 127.0.0.1, through Node's own fetch (undici), with
// real timers: undici reports a drop mid-body as `TypeError: terminated` and keeps a stalled
// body pending for as long as the socket lives (its own body timeout is 300 s).

let server: Server;
let base: string;
const hits: Record<string, number> = {};

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    hits[path] = (hits[path] ?? 0) + 1;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"id":');
    if (path.startsWith('/reset')) setTimeout(() => request.socket.destroy(), 20);
    if (path.startsWith('/reset-once') && hits[path] > 1) response.end('1}');
    // '/stall': the rest never comes.
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const schema = z.object({ id: z.number() });

describe('body faults over a real socket', () => {
  it('a stalled body fails with `timeout` after timeoutMs (300 ms), not after undici’s 300 s', async () => {
    const http = createHttpClient({ provider: 'loop', baseUrl: base, retry: { limit: 0 } });
    const started = performance.now();
    const failure = await http
      .request({ path: 'stall', schema, timeoutMs: 300 })
      .catch((error: unknown) => error);
    const elapsed = performance.now() - started;
    expect(failure).toBeInstanceOf(FitlinkError);
    expect(failure).toMatchObject({ code: 'timeout' });
    expect(elapsed).toBeGreaterThanOrEqual(295);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('a reset mid-body is a `network` FitlinkError whose cause is the redacted TypeError', async () => {
    const clock = createFakeClock();
    const http = createHttpClient({ provider: 'loop', baseUrl: base, clock, retry: { limit: 1 } });
    const failure = await http.request({ path: 'reset', schema }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FitlinkError);
    expect(failure).toMatchObject({ code: 'network' });
    expect((failure as { cause: Error }).cause).toMatchObject({
      name: 'TypeError',
      message: 'terminated',
    });
    expect(hits['/reset']).toBe(2);
    expect(clock.waits).toHaveLength(1);
  });

  it('a GET reset once mid-body is retried and succeeds', async () => {
    const http = createHttpClient({ provider: 'loop', baseUrl: base, clock: createFakeClock() });
    expect((await http.request({ path: 'reset-once', schema })).data).toEqual({ id: 1 });
    expect(hits['/reset-once']).toBe(2);
  });
});
