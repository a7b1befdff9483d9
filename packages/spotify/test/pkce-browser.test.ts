import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { followAuthorization, SANDBOX_PUBLIC_CLIENT } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { NOW } from './helpers.js';

const ENTRY = join(import.meta.dirname, '..', 'src', 'index.ts');

/** Bundles `src/index.ts` for the browser, with nothing external. */
async function bundle(format: 'esm' | 'iife', minify = false) {
  const result = await build({
    minify,
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'browser',
    format,
    ...(format === 'iife' ? { globalName: 'FitlinkSpotify' } : {}),
    conditions: ['source'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]?.text ?? '', metafile: result.metafile as Metafile };
}

describe('the PKCE path runs in a browser', () => {
  const holder = useSandbox(() => [spotifySandboxPlugin({ now: NOW })]);

  it('bundles for platform browser with no node: import and no process or Buffer', async () => {
    // Minified: comments go and local names are renamed, so any `process` or `Buffer` left is a global.
    const { code, metafile } = await bundle('esm', true);
    expect(code.length).toBeGreaterThan(10_000);
    const inputs = Object.keys(metafile.inputs);
    // The whole package, core's OAuth and oauth4webapi are in, bundled from source.
    expect(inputs).toContain('src/app.ts');
    expect(inputs).toContain('../core/src/oauth/oauth2-app.ts');
    expect(inputs.some((input) => input.includes('oauth4webapi'))).toBe(true);
    expect(inputs.filter((input) => input.startsWith('node:'))).toEqual([]);
    expect(code).not.toMatch(/from\s*["']node:/);
    expect(code).not.toMatch(/require\(["']node:/);
    expect(code).not.toMatch(/\bprocess\b/);
    expect(code).not.toMatch(/\bBuffer\b/);
  });

  it('would catch a process or Buffer global (control)', async () => {
    const result = await build({
      stdin: { contents: 'export const id = process.env.CLIENT_ID + Buffer.from("x").length;' },
      bundle: true,
      platform: 'browser',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).toMatch(/\bprocess\b/);
    expect(code).toMatch(/\bBuffer\b/);
  });

  it('authorizes and exchanges a code with only browser globals (fetch, URL, WebCrypto)', async () => {
    const { code } = await bundle('iife');
    // A browser-like global scope: no process, Buffer, require or module.
    const browser: Record<string, unknown> = {
      fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init),
      crypto: globalThis.crypto,
      URL,
      URLSearchParams,
      Headers,
      Request,
      Response,
      AbortController,
      AbortSignal,
      TextEncoder,
      TextDecoder,
      Uint8Array,
      ArrayBuffer,
      DOMException,
      atob,
      btoa,
      setTimeout,
      clearTimeout,
      structuredClone,
      console,
    };
    runInNewContext(`${code};globalThis.FitlinkSpotify = FitlinkSpotify;`, browser);
    expect(runInNewContext('typeof process + typeof Buffer + typeof require', browser)).toBe(
      'undefinedundefinedundefined',
    );
    const spotify = browser.FitlinkSpotify as typeof import('@fitlink/spotify');
    const app = spotify.createSpotifyApp({
      clientId: SANDBOX_PUBLIC_CLIENT.clientId,
      redirectUri: 'http://127.0.0.1:4317/callback',
      scopes: ['user-read-recently-played'],
    });
    const authorization = await app.createAuthorization();
    expect(authorization.codeVerifier).toMatch(/^[\w-]{43}$/);
    const callback = await followAuthorization(authorization.url);
    const tokens = await app.exchangeCode({
      callback: callback.href,
      state: authorization.state,
      codeVerifier: authorization.codeVerifier ?? '',
    });
    expect(tokens.accessToken).toMatch(/\S{16,}/);
    expect(tokens.scope).toEqual(['user-read-recently-played']);
    // The sandbox verified the S256 challenge against the verifier (a wrong one fails).
    expect(holder.plugin.auth.stats.tokenRequests.authorization_code).toBe(1);
    expect(holder.plugin.auth.stats.invalidGrantCount).toBe(0);
  });
});
