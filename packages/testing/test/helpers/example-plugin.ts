import { HttpResponse, http } from 'msw';
import type { SandboxProviderPlugin } from '../../src/index.js';

/** A provider plugin shaped like a real one: its own auth server and a bearer-protected route. */
export function examplePlugin(baseUrl = 'https://www.example-fit.test'): SandboxProviderPlugin {
  return {
    id: 'example',
    hosts: [new URL(baseUrl).host],
    handlers: ({ createAuthorizationServer, seed }) => {
      const auth = createAuthorizationServer({ baseUrl, scopeSeparator: ',' });
      return [
        http.get(`${baseUrl}/api/athlete`, ({ request }) => {
          const principal = auth.authenticate(request);
          if (principal === null) return auth.unauthorizedResponse();
          return HttpResponse.json({ id: principal.userId, seed });
        }),
      ];
    },
  };
}
