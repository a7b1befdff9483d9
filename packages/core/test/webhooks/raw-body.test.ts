import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../src/errors/index.js';
import { headerValue, readRawBody } from '../../src/webhooks/index.js';

describe('readRawBody', () => {
  it('reads the exact body and leaves the request readable', async () => {
    const body = '{ "id": 1,\n  "name": "Zürich ride" }';
    const request = new Request('https://app.example/webhooks', { method: 'POST', body });
    expect(await readRawBody(request)).toBe(body);
    expect(request.bodyUsed).toBe(false);
    expect(await request.json()).toEqual({ id: 1, name: 'Zürich ride' });
  });

  it('reads an empty body as an empty string', async () => {
    expect(await readRawBody(new Request('https://app.example/webhooks'))).toBe('');
  });

  it('refuses a request whose body was already read', async () => {
    const request = new Request('https://app.example/webhooks', { method: 'POST', body: 'x' });
    await request.text();
    await expect(readRawBody(request)).rejects.toMatchObject({ code: ErrorCodes.invalidArgument });
  });
});

describe('headerValue', () => {
  it('reads Headers case-insensitively', () => {
    const headers = new Headers({ 'X-Signature': 'abc' });
    expect(headerValue(headers, 'x-signature')).toBe('abc');
    expect(headerValue(headers, 'X-SIGNATURE')).toBe('abc');
    expect(headerValue(headers, 'x-missing')).toBeUndefined();
  });

  it('reads plain records case-insensitively and joins repeated values', () => {
    const headers = { 'x-signature': 'abc', 'X-Multi': ['a', 'b'], 'x-none': undefined };
    expect(headerValue(headers, 'X-Signature')).toBe('abc');
    expect(headerValue(headers, 'x-multi')).toBe('a, b');
    expect(headerValue(headers, 'x-none')).toBeUndefined();
    expect(headerValue(headers, 'x-missing')).toBeUndefined();
  });
});
