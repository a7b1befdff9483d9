import { AuthError, ErrorCodes } from '@fitlink/core';
import { CorosResultError, corosResultError, mapCorosError, parseCorosJson } from '@fitlink/coros';
import { describe, expect, it } from 'vitest';

const context = (status: number, body: string) => ({
  provider: 'coros',
  status,
  endpoint: 'GET /coros/daily/query',
  headers: new Headers(),
  body,
  secrets: ['the-access-token'],
});

describe('corosResultError', () => {
  it.each([
    ['30009', 'permission', ErrorCodes.forbidden, false],
    ['5016', 'retryable', ErrorCodes.providerHttp, true],
    ['5082', 'duplicate', ErrorCodes.providerHttp, false],
    ['13001', 'duplicate', ErrorCodes.providerHttp, false],
    ['1008', 'rejected-file', ErrorCodes.providerHttp, false],
    ['5096', 'rejected-file', ErrorCodes.providerHttp, false],
    ['7777', 'other', ErrorCodes.providerHttp, false],
  ] as const)('%s is a CorosResultError of kind %s', (result, kind, code, retryable) => {
    const error = corosResultError({ result, message: 'm', endpoint: 'GET /x' });
    expect(error).toBeInstanceOf(CorosResultError);
    expect(error).toMatchObject({ result, kind, code, retryable, status: 200, provider: 'coros' });
  });

  it.each(['5006', '5010'])('%s asks to reconnect (AuthError)', (result) => {
    const error = corosResultError({ result, endpoint: 'GET /x' });
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({
      code: ErrorCodes.invalidGrant,
      reconnect: true,
      oauthError: result,
    });
  });
});

describe('mapCorosError', () => {
  it('reads an envelope in an HTTP error answer', () => {
    const error = mapCorosError(context(500, '{"result":"5016","message":"busy"}'));
    expect(error).toMatchObject({ result: '5016', status: 500, retryable: true });
  });

  it('a bare 401 is an AuthError unauthorized; other answers fall through', () => {
    expect(mapCorosError(context(401, ''))).toMatchObject({ code: ErrorCodes.unauthorized });
    expect(mapCorosError(context(502, '<html>bad gateway</html>'))).toBeUndefined();
    expect(mapCorosError(context(500, '{"result":"0000"}'))).toBeUndefined();
  });
});

describe('parseCorosJson', () => {
  it('keeps integers beyond 2^53 exact as strings, leaves the rest alone', () => {
    expect(
      parseCorosJson('{"labelId":461734982359384066,"n":12,"s":"9007199254740993","f":1.5}'),
    ).toEqual({ labelId: '461734982359384066', n: 12, s: '9007199254740993', f: 1.5 });
    expect(parseCorosJson('[9007199254740991]')).toEqual([9007199254740991]);
  });

  it('throws SyntaxError for text that is not JSON', () => {
    expect(() => parseCorosJson('{"labelId":4617349823593840661')).toThrow(SyntaxError);
  });
});
