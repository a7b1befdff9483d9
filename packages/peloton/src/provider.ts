import { defineProvider } from '@fitlink/core';
import { PELOTON_DEFAULT_SCOPES, PELOTON_SCOPES } from './scopes.js';

/**
 * The Peloton descriptor. Auth kind `password`: Peloton has no partner program, so the SDK
 * drives the Auth0 login of Peloton's own web client with the member's email and password, or
 * takes a token the member pasted.
 */
export const peloton = defineProvider({
  id: 'peloton',
  displayName: 'Peloton',
  authKinds: ['password'],
  scopes: PELOTON_SCOPES,
  defaultScopes: PELOTON_DEFAULT_SCOPES,
  capabilities: ['activities', 'profile', 'streams'],
  docsUrl:
    'https://github.com/philosowaffle/peloton-to-garmin/blob/master/mkdocs/docs/configuration/peloton.md',
});
