import { decodeHtmlEntities, parseHiddenForm } from '@fitlink/peloton';
import { describe, expect, it } from 'vitest';
import { createCookieJar } from '../../src/login/cookie-jar.js';

const withCookies = (...cookies: string[]) => {
  const headers = new Headers();
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new Response(null, { headers });
};

describe('cookie jar', () => {
  it('scopes cookies by host and path and honours Max-Age', () => {
    let now = 0;
    const jar = createCookieJar(() => now);
    const authorize = new URL('https://auth.onepeloton.com/authorize?x=1');
    jar.store(
      authorize,
      withCookies(
        '_csrf=abc; Path=/usernamepassword/login; Secure; HttpOnly',
        'auth0=session; Path=/; Secure',
        'did=1; Max-Age=10',
        'evil=1; Domain=example.com',
      ),
    );
    expect(jar.header(new URL('https://auth.onepeloton.com/usernamepassword/login'))).toBe(
      '_csrf=abc; auth0=session; did=1',
    );
    expect(jar.header(new URL('https://auth.onepeloton.com/login/callback'))).toBe(
      'auth0=session; did=1',
    );
    expect(jar.header(new URL('https://api.onepeloton.com/api/me'))).toBeUndefined();
    expect(jar.value('_csrf', 'auth.onepeloton.com')).toBe('abc');
    now = 11_000;
    expect(jar.header(new URL('https://auth.onepeloton.com/'))).toBe('auth0=session');
    jar.store(authorize, withCookies('auth0=; Max-Age=0'));
    expect(jar.header(new URL('https://auth.onepeloton.com/'))).toBeUndefined();
  });
});

describe('hidden form', () => {
  it('finds the action and decodes entity-encoded values', () => {
    const html =
      '<form method="post" name="hiddenform" action="/login/callback"><input type="hidden" name="wa" value="wsignin1.0">' +
      '<input type="hidden" name="wctx" value="{&#34;state&#34;:&#34;s&amp;1&#34;}"><input type="submit" value="Submit"></form>';
    const form = parseHiddenForm(
      html,
      new URL('https://auth.onepeloton.com/usernamepassword/login'),
    );
    expect(form?.action.href).toBe('https://auth.onepeloton.com/login/callback');
    expect(form?.fields).toEqual([
      ['wa', 'wsignin1.0'],
      ['wctx', '{"state":"s&1"}'],
    ]);
    expect(parseHiddenForm('<p>no form</p>', new URL('https://x.test'))).toBeUndefined();
    expect(decodeHtmlEntities('&#x2F;&lt;&quot;&unknown;')).toBe('/<"&unknown;');
  });
});
