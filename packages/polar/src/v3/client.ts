import {
  type CallOptions,
  type ConnectionSettings,
  connectionAuth,
  createHttpClient,
  type HttpClient,
  type ProviderClientOptions,
  ProviderError,
  passThroughHttpSettings,
  pickCallOptions,
  routePath,
} from '@fitlink/core';
import { mapPolarError } from '../errors.js';
import { createPolarRateLimitPolicy } from '../rate-limit.js';
import type {
  PolarV3Exercise,
  PolarV3HashedExercise,
  PolarV3User,
} from '../schemas/v3-exercise.js';
import type { PolarV3App } from './app.js';
import { POLAR_V3_API_BASE_URL, POLAR_V3_ROUTES } from './endpoints.js';

/** Settings of {@link createPolarV3Client}. */
export interface PolarV3ClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The v3 app the connection belongs to. */
  app: PolarV3App;
  /** The v3 API base URL. @defaultValue {@link POLAR_V3_API_BASE_URL} */
  baseUrl?: string;
}

/** What {@link PolarV3Client.users}'s `register` found. */
export interface PolarV3Registration {
  /** `registered` now, or `already-registered` (Polar's 409): both mean the user is usable. */
  status: 'registered' | 'already-registered';
  /** The user, when Polar returned one (a 409 returns none). */
  user: PolarV3User | null;
}

/** What {@link PolarV3Client.syncExerciseTransaction} did. */
export interface PolarV3TransactionResult {
  /** The transaction id, or `null` when Polar had nothing new (204). */
  transactionId: number | null;
  /** The exercises handed to `store`. */
  exercises: PolarV3Exercise[];
  /** Whether the transaction was committed (only after `store` resolved). */
  committed: boolean;
}

/** Options of {@link PolarV3Client.syncExerciseTransaction}. */
export interface PolarV3TransactionOptions extends CallOptions {
  /** The Polar user id (`providerUserId` of the v3 tokens). */
  userId: string | number;
  /**
   * Stores the transaction's exercises durably. The transaction is committed (and Polar deletes
   * the data) only after this resolves; if it rejects, nothing is committed and the same
   * exercises come back in the next transaction.
   */
  store: (exercises: PolarV3Exercise[]) => Promise<void>;
}

/**
 * A client for one AccessLink v3 connection: user registration, exercises, and the
 * transactional exercise flow, for apps that still run on v3.
 *
 * @deprecated Since AccessLink v4 (GA 2026-08): new apps use {@link createPolarClient}. The
 * transactional flow itself is deprecated by Polar (changelog 2025-08-18).
 */
export interface PolarV3Client {
  /** The connection's HTTP client. */
  readonly http: HttpClient;
  /** User registration (mandatory in v3 before any data is visible), information and deletion. */
  readonly users: {
    /**
     * Registers the user with the client (`POST /v3/users`). Polar's 409 (already registered,
     * or the member id is taken) is reported as `already-registered`, not thrown.
     *
     * @example
     * ```ts
     * const { status } = await v3.users.register({ memberId: 'user-1' });
     * ```
     */
    register(options: { memberId: string } & CallOptions): Promise<PolarV3Registration>;
    /** The registered user's information. */
    get(userId: string | number, options?: CallOptions): Promise<PolarV3User>;
    /** De-registers the user (`DELETE /v3/users/{user-id}`); their tokens stop working. */
    delete(userId: string | number, options?: CallOptions): Promise<void>;
  };
  /** Exercises of the last 30 days uploaded after registration (non-transactional). */
  readonly exercises: {
    /** Every available exercise (snake_case summaries with hashed ids). */
    list(options?: CallOptions): Promise<PolarV3HashedExercise[]>;
    /** One exercise by its hashed id. */
    get(exerciseId: string, options?: CallOptions): Promise<PolarV3HashedExercise>;
  };
  /**
   * Runs one exercise transaction: opens it, reads every exercise, hands them to `store`, and
   * commits only once `store` has resolved. A failed `store` (or a failed read) leaves the
   * transaction uncommitted, so Polar keeps the data.
   *
   * @throws whatever `store` throws, after which nothing is committed.
   * @example
   * ```ts
   * const result = await v3.syncExerciseTransaction({
   *   userId: tokens.providerUserId ?? '',
   *   store: async (exercises) => { await db.save(exercises); },
   * });
   * ```
   */
  syncExerciseTransaction(options: PolarV3TransactionOptions): Promise<PolarV3TransactionResult>;
}

/**
 * Creates an AccessLink v3 client for one stored connection (tokens from
 * {@link createPolarV3App}; they last about a year and cannot be refreshed).
 *
 * @deprecated Since AccessLink v4 (GA 2026-08): new apps use {@link createPolarClient}.
 * @example
 * ```ts
 * import { createMemoryTokenStore } from '@fitlink/core';
 * import { createPolarV3App, createPolarV3Client } from '@fitlink/polar';
 *
 * const app = createPolarV3App({ clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/callback' });
 * const v3 = createPolarV3Client({ app, store: createMemoryTokenStore(), key: 'user-1' });
 * ```
 * @see https://www.polar.com/accesslink-api/
 */
export function createPolarV3Client(settings: PolarV3ClientSettings): PolarV3Client {
  const http = createHttpClient({
    provider: 'polar',
    baseUrl: settings.baseUrl ?? POLAR_V3_API_BASE_URL,
    auth: connectionAuth({
      provider: 'polar',
      store: settings.store,
      key: settings.key,
      refresher: settings.app,
      ...(settings.clock ? { clock: settings.clock } : {}),
    }),
    // v3 budgets are per partner: 500 + 20 × users per 15 minutes, 5,000 + 100 × users a day.
    rateLimit: createPolarRateLimitPolicy({ shortLimit: 500, longLimit: 5000 }),
    mapError: mapPolarError,
    ...passThroughHttpSettings(settings),
  });
  const routes = POLAR_V3_ROUTES;
  const headers = { Accept: 'application/json' };

  return {
    http,
    users: {
      async register(options) {
        const { registerUser } = routes;
        const { data, status } = await http.request({
          method: registerUser.method,
          path: routePath(registerUser),
          json: { 'member-id': options.memberId },
          headers,
          schema: registerUser.response,
          allowStatus: [409],
          // Registration is not idempotent for Polar: a retry after a lost answer meets 409.
          idempotent: false,
          ...pickCallOptions(options),
        });
        return status === 409
          ? { status: 'already-registered', user: null }
          : { status: 'registered', user: data };
      },
      async get(userId, options = {}) {
        const { data } = await http.request({
          path: routePath(routes.user, { userId: String(userId) }),
          headers,
          schema: routes.user.response,
          ...pickCallOptions(options),
        });
        return data;
      },
      async delete(userId, options = {}) {
        await http.request({
          method: routes.deleteUser.method,
          path: routePath(routes.deleteUser, { userId: String(userId) }),
          responseType: 'none',
          ...pickCallOptions(options),
        });
      },
    },
    exercises: {
      async list(options = {}) {
        const { data } = await http.request({
          path: routePath(routes.exercises),
          headers,
          schema: routes.exercises.response,
          allowEmpty: true,
          ...pickCallOptions(options),
        });
        return data ?? [];
      },
      async get(exerciseId, options = {}) {
        const { data } = await http.request({
          path: routePath(routes.exercise, { exerciseId }),
          headers,
          schema: routes.exercise.response,
          ...pickCallOptions(options),
        });
        return data;
      },
    },
    async syncExerciseTransaction(options) {
      const userId = String(options.userId);
      const call = pickCallOptions(options);
      const { data: created } = await http.request({
        method: routes.createTransaction.method,
        path: routePath(routes.createTransaction, { userId }),
        headers,
        schema: routes.createTransaction.response,
        allowEmpty: true,
        // Each POST opens a transaction: never sent twice blindly.
        idempotent: false,
        ...call,
      });
      if (created === null) return { transactionId: null, exercises: [], committed: false };
      const transactionId = String(created['transaction-id']);
      const { data: links } = await http.request({
        path: routePath(routes.transaction, { userId, transactionId }),
        headers,
        schema: routes.transaction.response,
        allowEmpty: true,
        ...call,
      });
      const exercises: PolarV3Exercise[] = [];
      for (const link of links?.exercises ?? []) {
        const exerciseId = new URL(link).pathname.split('/').at(-1);
        if (exerciseId === undefined || exerciseId === '') {
          throw new ProviderError(
            `polar: unreadable exercise link in transaction ${transactionId}`,
            {
              provider: 'polar',
              status: 200,
              endpoint: `GET ${routePath(routes.transaction, { userId, transactionId })}`,
              body: '',
            },
          );
        }
        const { data } = await http.request({
          path: routePath(routes.transactionExercise, { userId, transactionId, exerciseId }),
          headers,
          schema: routes.transactionExercise.response,
          ...call,
        });
        exercises.push(data);
      }
      // Polar deletes the data on commit: store first, and commit only once that succeeded.
      await options.store(exercises);
      await http.request({
        method: routes.commitTransaction.method,
        path: routePath(routes.commitTransaction, { userId, transactionId }),
        responseType: 'none',
        ...call,
      });
      return { transactionId: created['transaction-id'], exercises, committed: true };
    },
  };
}
