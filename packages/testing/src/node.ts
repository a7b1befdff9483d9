/**
 * Loopback mode of the fitlink sandbox: serves a sandbox over real HTTP on 127.0.0.1 and hands
 * out a `fetch` that routes every sandbox host there. Node only.
 *
 * @packageDocumentation
 */
export { followAuthorization } from './follow-authorization.js';
export { SANDBOX_ORIGIN_HEADER } from './node/sandbox-origin-header.js';
export {
  type SandboxServer,
  type SandboxServerOptions,
  startSandboxServer,
} from './node/start-sandbox-server.js';
