/**
 * A Strava API on 127.0.0.1, in a child process (`lib/loopback.ts` forks it) so that serving
 * costs the measured process neither time on its thread nor CPU in its `process.cpuUsage()`:
 * `GET /api/v3/athlete/activities` (`page`, `per_page` ≤ 200, `after` lists oldest first,
 * `before`, past the end an empty page), `GET /api/v3/activities/{id}`, every answer with
 * Strava's rate-limit headers (budgets far above what a run uses). `GET /__requests` answers
 * the API requests since the last time it was asked, and is not counted.
 */
import { createServer } from 'node:http';

/** What the bench sends the server, once, through the IPC channel. */
export interface LoopbackData {
  /** Summary JSON texts, oldest first. */
  readonly summaries: readonly string[];
  /** Their start instants, epoch seconds. */
  readonly startSeconds: readonly number[];
  /** The detailed activity. */
  readonly detailed: { readonly id: string; readonly json: string };
}

const data = await new Promise<LoopbackData>((resolve) =>
  process.once('message', (message) => resolve(message as LoopbackData)),
);
const newestFirst = data.summaries.map((_, i) => data.summaries.length - 1 - i);
const oldestFirst = data.summaries.map((_, i) => i);
let requests = 0;

const LIMITS = '1000000,10000000';
const jsonHeaders = () => ({
  'content-type': 'application/json; charset=utf-8',
  'x-ratelimit-limit': LIMITS,
  'x-ratelimit-usage': `${requests},${requests}`,
  'x-readratelimit-limit': LIMITS,
  'x-readratelimit-usage': `${requests},${requests}`,
});

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/__requests') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end(String(requests));
    requests = 0;
    return;
  }
  requests++;
  if (!request.headers.authorization?.startsWith('Bearer ')) {
    response
      .writeHead(401, jsonHeaders())
      .end('{"message":"Authorization Error","errors":[{"resource":"Athlete","code":"invalid"}]}');
    return;
  }
  if (url.pathname === '/api/v3/athlete/activities') {
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const perPage = Math.min(200, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const after = url.searchParams.get('after');
    const before = url.searchParams.get('before');
    const order = after === null ? newestFirst : oldestFirst;
    const inRange = order.filter((i) => {
      const start = data.startSeconds[i] ?? 0;
      return (
        (after === null || start > Number(after)) && (before === null || start < Number(before))
      );
    });
    const items = inRange.slice((page - 1) * perPage, page * perPage);
    response
      .writeHead(200, jsonHeaders())
      .end(`[${items.map((i) => data.summaries[i]).join(',')}]`);
    return;
  }
  if (url.pathname === `/api/v3/activities/${data.detailed.id}`) {
    response.writeHead(200, jsonHeaders()).end(data.detailed.json);
    return;
  }
  response.writeHead(404, jsonHeaders()).end('{"message":"Record Not Found","errors":[]}');
});
server.keepAliveTimeout = 60_000;

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  process.send?.({ port: address.port });
});
// The bench closing the channel (or exiting) ends the server.
process.on('disconnect', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
