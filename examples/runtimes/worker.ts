/** The runtime smoke test as a Cloudflare Worker: any request runs it and answers its result. */
// First: msw (in the sandbox) needs a localStorage, which Workers do not have.
import './workers-local-storage.js';
import { runSmoke } from './smoke.js';

export default {
  async fetch(): Promise<Response> {
    try {
      return Response.json(await runSmoke());
    } catch (error) {
      return Response.json({ error: String(error) }, { status: 500 });
    }
  },
};
