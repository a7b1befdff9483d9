import {
  AuthError,
  ErrorCodes,
  type ErrorContext,
  type FitlinkError,
  type FitlinkErrorOptions,
  ProviderError,
  type TokenErrorContext,
} from '@fitlink/core';

// Endpoints TrainingPeaks restricts to premium athletes (403 for basic ones), own and coach forms.
const PREMIUM_PATHS = [
  /\/v[12]\/metrics\/(\d+\/)?\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/,
  /\/v2\/workouts\/(\d+\/)?id\/[^/]+\/(details|meanmaxes|timeinzones|comment)$/,
];

/**
 * TrainingPeaks answered 403 on an endpoint it restricts to premium athletes (metrics by date,
 * workout details, mean maxes, time in zones, comments): the athlete has a basic account and
 * must upgrade to premium for this data. A `ProviderError` with status 403 and code
 * `forbidden`, so generic 403 handling still applies; catch this class to tell the user why.
 *
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/Premium-vs-Basic-Athlete
 */
export class TrainingPeaksPremiumRequiredError extends ProviderError {
  /**
   * @param endpoint - Method and path that was refused.
   * @param options - Response body and the common options.
   */
  constructor(endpoint: string, options: FitlinkErrorOptions & { body?: string } = {}) {
    super(
      `TrainingPeaks refused ${endpoint} (403): this endpoint needs a premium TrainingPeaks athlete; the connected athlete has a basic account`,
      {
        ...options,
        provider: 'trainingpeaks',
        status: 403,
        endpoint,
        code: ErrorCodes.forbidden,
      },
    );
  }
}

/** Reads ASP.NET-style `{"Message": "..."}` bodies TrainingPeaks answers errors with. */
function messageOf(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object') {
      const record = parsed as Record<string, unknown>;
      const message = record.Message ?? record.message ?? record.error_description;
      return typeof message === 'string' ? message : undefined;
    }
  } catch {
    // Plain-text and empty bodies are common (415, 422); the status says enough.
  }
  return body.trim() && body.length < 200 && !body.includes('<') ? body.trim() : undefined;
}

/**
 * Maps TrainingPeaks API error answers: 403 on a premium-only endpoint →
 * {@link TrainingPeaksPremiumRequiredError}; other 4xx/5xx keep core's classes with the
 * body's `Message` in the error message. Returns `undefined` for the default mapping.
 *
 * @param context - The error answer.
 */
export function mapTrainingPeaksError(context: ErrorContext): FitlinkError | undefined {
  const path = context.endpoint.replace(/^\S+\s+/, '');
  if (context.status === 403 && PREMIUM_PATHS.some((pattern) => pattern.test(path))) {
    return new TrainingPeaksPremiumRequiredError(context.endpoint, {
      body: context.body,
      secrets: context.secrets,
    });
  }
  if (context.status === 401 || context.status === 429) return undefined;
  const message = messageOf(context.body);
  if (!message) return undefined;
  return new ProviderError(
    `TrainingPeaks answered ${context.status} for ${context.endpoint}: ${message}`,
    {
      provider: context.provider,
      status: context.status,
      endpoint: context.endpoint,
      body: context.body,
      secrets: context.secrets,
      ...(context.status === 403 ? { code: ErrorCodes.forbidden } : {}),
    },
  );
}

/**
 * Maps token endpoint errors that are not RFC 6749 JSON (TrainingPeaks' OAuth server may answer
 * a refused code or refresh token with an ASP.NET `{"Message": ...}` or a bare 400/401): a
 * refused refresh or exchange becomes an {@link @fitlink/core!AuthError} (`invalid_grant`, reconnect).
 * Standard `{"error": ...}` bodies return `undefined` for core's mapping.
 *
 * @param context - The token error answer.
 */
export function mapTrainingPeaksTokenError(context: TokenErrorContext): FitlinkError | undefined {
  if (context.operation === 'revoke' || context.operation === 'client_credentials')
    return undefined;
  if (/"error"\s*:/.test(context.body)) return undefined;
  if (context.status !== 400 && context.status !== 401) return undefined;
  const description = messageOf(context.body);
  return new AuthError(
    `TrainingPeaks refused the ${context.operation === 'refresh' ? 'refresh token' : 'authorization code'} (${context.status}): the user must reconnect`,
    {
      provider: 'trainingpeaks',
      oauthError: 'invalid_grant',
      ...(description ? { description } : {}),
    },
  );
}
