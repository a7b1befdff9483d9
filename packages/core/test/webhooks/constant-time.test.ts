import { describe, expect, it } from 'vitest';
import { timingSafeEqual } from '../../src/webhooks/index.js';

describe('timingSafeEqual', () => {
  it('compares strings and bytes by content', () => {
    expect(timingSafeEqual('abc', 'abc')).toBe(true);
    expect(timingSafeEqual('', '')).toBe(true);
    expect(timingSafeEqual('abc', 'abd')).toBe(false);
    expect(timingSafeEqual('ü', new Uint8Array([0xc3, 0xbc]))).toBe(true);
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
  });

  it('treats different lengths as unequal, including a zero-padded prefix', () => {
    expect(timingSafeEqual('abc', 'abcd')).toBe(false);
    expect(timingSafeEqual('', 'a')).toBe(false);
    expect(timingSafeEqual(new Uint8Array([1, 0]), new Uint8Array([1]))).toBe(false);
  });
});
