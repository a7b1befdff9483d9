import { type HttpHandler, http } from 'msw';
import { SANDBOX_API_BASE_URL } from '../auth/defaults.js';
import type { FakeAuthorizationServer } from '../auth/fake-authorization-server.js';
import { listItemsPage } from './list-items-page.js';
import { createSandboxItems, type SandboxItem } from './sandbox-items.js';

/** Settings of {@link createSandboxApi}. */
export interface SandboxApiOptions {
  /** The authorization server whose access tokens the API accepts. */
  readonly auth: FakeAuthorizationServer;
  /**
   * Base URL the routes are served under.
   * @defaultValue `'https://api.sandbox.fitlink.test'`
   */
  readonly baseUrl?: string;
  /**
   * Seed of the generated items.
   * @defaultValue `1`
   */
  readonly seed?: number;
  /**
   * How many items `GET /v1/items` pages over.
   * @defaultValue `250`
   */
  readonly itemCount?: number;
}

/** A small bearer-protected demo API for core-only demos and tests. */
export interface SandboxApi {
  /** msw handlers of `GET /v1/me`, `GET /v1/items` and `POST /v1/items`. */
  readonly handlers: HttpHandler[];
  /** The base URL, without a trailing slash. */
  readonly baseUrl: string;
  /** The seeded items, in list order. */
  readonly items: readonly SandboxItem[];
  /** Bodies accepted by `POST /v1/items`, in order. */
  readonly created: readonly Record<string, unknown>[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Creates the sandbox API: `GET /v1/me` (`{ id, name }` of the token's user), `GET /v1/items`
 * (`page`/`per_page`, a JSON array with `Link` and `X-Total-Count`) and `POST /v1/items`
 * (201, echoes the body with an id). Every route requires a live bearer token from `auth`.
 *
 * @example
 * ```ts
 * const auth = createFakeAuthorizationServer();
 * const api = createSandboxApi({ auth });
 * const server = setupServer(...auth.handlers, ...api.handlers);
 * ```
 */
export function createSandboxApi(options: SandboxApiOptions): SandboxApi {
  const { auth } = options;
  const baseUrl = (options.baseUrl ?? SANDBOX_API_BASE_URL).replace(/\/+$/, '');
  const items = createSandboxItems(options.itemCount ?? 250, options.seed ?? 1);
  const created: Record<string, unknown>[] = [];

  const me = http.get(`${baseUrl}/v1/me`, ({ request }) => {
    const principal = auth.authenticate(request);
    if (principal === null) return auth.unauthorizedResponse();
    const user = auth.users.find((candidate) => candidate.id === principal.userId);
    if (user === undefined) {
      return Response.json(
        { error: 'insufficient_scope', error_description: 'this route needs a user token' },
        { status: 403, headers: { 'WWW-Authenticate': 'Bearer error="insufficient_scope"' } },
      );
    }
    return Response.json({ id: user.id, name: user.name });
  });

  const list = http.get(`${baseUrl}/v1/items`, ({ request }) => {
    if (auth.authenticate(request) === null) return auth.unauthorizedResponse();
    return listItemsPage(items, new URL(request.url));
  });

  const create = http.post(`${baseUrl}/v1/items`, async ({ request }) => {
    if (auth.authenticate(request) === null) return auth.unauthorizedResponse();
    const body: unknown = await request.json().catch(() => undefined);
    if (!isRecord(body) || typeof body.name !== 'string') {
      return Response.json(
        { error: 'invalid_request', error_description: 'body must be a JSON object with a name' },
        { status: 400 },
      );
    }
    created.push(body);
    const id = `item-${String(items.length + created.length).padStart(3, '0')}`;
    return Response.json(
      { ...body, id, createdAt: new Date().toISOString() },
      { status: 201, headers: { Location: `${baseUrl}/v1/items/${id}` } },
    );
  });

  return { handlers: [me, list, create], baseUrl, items, created };
}
