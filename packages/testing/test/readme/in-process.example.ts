import { createSandbox } from '@fitlink/testing';
import { setupServer } from 'msw/node';

const sandbox = createSandbox();
const server = setupServer(...sandbox.handlers);
server.listen({ onUnhandledRequest: 'error' });

// Seed a connection as if the user had consented, then make the next call hit a 429.
const { accessToken } = sandbox.auth.issueTokens({ scope: 'read' });
sandbox.faults.inject({ kind: 'rate-limit', retryAfterSeconds: 2 }, { match: '/v1/me' });

const headers = { authorization: `Bearer ${accessToken}` };
const limited = await fetch('https://api.sandbox.fitlink.test/v1/me', { headers });
console.log(limited.status, limited.headers.get('retry-after')); // 429 '2'
const me = await fetch('https://api.sandbox.fitlink.test/v1/me', { headers });
console.log(await me.json()); // { id: 'sandbox-user-1', name: 'Sandy Box' }
server.close();
