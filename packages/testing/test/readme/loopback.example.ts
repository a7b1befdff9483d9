import { createSandbox, SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { followAuthorization, startSandboxServer } from '@fitlink/testing/node';

const sandbox = createSandbox();
const loopback = await startSandboxServer(sandbox); // http://127.0.0.1:<free port>

// The consent step: the sandbox approves and redirects to the app's callback.
const authorizationUrl = new URL(sandbox.auth.endpoints.authorization);
authorizationUrl.search = new URLSearchParams({
  response_type: 'code',
  client_id: SANDBOX_CLIENT.clientId,
  redirect_uri: SANDBOX_REDIRECT_URI,
  state: 'af0ifjsldkj',
}).toString();
const callback = await followAuthorization(authorizationUrl, loopback.fetch);

// Exchange the code over real HTTP; loopback.fetch routes the sandbox hosts to 127.0.0.1.
const tokenResponse = await loopback.fetch(sandbox.auth.endpoints.token, {
  method: 'POST',
  headers: { authorization: `Basic ${btoa('sandbox-client:sandbox-secret')}` },
  body: new URLSearchParams({
    grant_type: 'authorization_code',
    code: callback.searchParams.get('code') ?? '',
    redirect_uri: SANDBOX_REDIRECT_URI,
  }),
});
const { access_token } = (await tokenResponse.json()) as { access_token: string };
const headers = { authorization: `Bearer ${access_token}` };

// A reset fault destroys the socket: the call rejects like a dropped connection.
sandbox.faults.inject({ kind: 'reset' });
await loopback
  .fetch('https://api.sandbox.fitlink.test/v1/me', { headers })
  .catch((error: unknown) => console.log('reset:', (error as Error).name)); // reset: TypeError
const me = await loopback.fetch('https://api.sandbox.fitlink.test/v1/me', { headers });
console.log(await me.json()); // { id: 'sandbox-user-1', name: 'Sandy Box' }
await loopback.close();
