import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';

/**
 * Whether a URL's host is the loopback interface: `localhost`, `127.0.0.0/8` or `[::1]`.
 *
 * @param url - The URL to check.
 * @see https://www.rfc-editor.org/rfc/rfc8252#section-8.3
 */
export function isLoopbackUrl(url: URL): boolean {
  const host = url.hostname;
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** Options of {@link checkEndpointProtocol}. */
export interface EndpointProtocolOptions {
  /** Provider id, for errors. */
  provider: string;
  /** What the endpoint is (`token endpoint`, `discovery issuer` …), for errors. */
  name: string;
  /** The app's `allowHttpLoopback` setting. @defaultValue false */
  allowHttpLoopback?: boolean;
}

/**
 * Checks an endpoint that receives codes, tokens or the client secret before anything is sent:
 * it must be `https`, except a loopback development server when the app opted in with
 * `allowHttpLoopback`. Production hosts stay HTTPS-only whatever the setting.
 *
 * @param endpoint - The endpoint URL.
 * @param options - Provider, endpoint name and the opt-in.
 * @returns `true` when the endpoint is plain `http` on loopback and allowed (oauth4webapi must be
 *   told), `false` for `https`.
 * @throws {@link FitlinkError} with code `insecure_endpoint` for plain `http` without the opt-in or
 *   on a non-loopback host, `invalid_argument` for a URL that does not parse or another scheme.
 * @example
 * ```ts
 * checkEndpointProtocol('http://127.0.0.1:8080/token', { provider: 'dev', name: 'token endpoint', allowHttpLoopback: true }); // true
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-3.2
 */
export function checkEndpointProtocol(endpoint: string, options: EndpointProtocolOptions): boolean {
  const { provider, name } = options;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new FitlinkError(`${provider}: the ${name} is not a URL`, {
      code: ErrorCodes.invalidArgument,
      provider,
    });
  }
  if (url.protocol === 'https:') return false;
  if (url.protocol !== 'http:') {
    throw new FitlinkError(`${provider}: the ${name} must be an https URL, not ${url.protocol}`, {
      code: ErrorCodes.invalidArgument,
      provider,
    });
  }
  if (options.allowHttpLoopback && isLoopbackUrl(url)) return true;
  const fix = isLoopbackUrl(url)
    ? 'for a development server on this machine, set allowHttpLoopback: true'
    : 'plain http is allowed only for development servers on a loopback host (127.0.0.1, [::1], localhost) with allowHttpLoopback: true';
  throw new FitlinkError(
    `${provider}: the ${name} ${url.origin} is plain http and fitlink sends codes, tokens and secrets over https only; ${fix}`,
    { code: ErrorCodes.insecureEndpoint, provider },
  );
}
