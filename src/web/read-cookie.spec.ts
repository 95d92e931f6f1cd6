import { Request } from 'express';
import { readCookie } from './read-cookie';

const withCookies = (cookie?: string) => ({ headers: { cookie } }) as Request;

describe('readCookie', () => {
  it('should read one cookie among several, decoding it', () => {
    expect(readCookie(withCookies('a=1; attt.login-csrf=x%2Ey.sig=; b=2'), 'attt.login-csrf')).toBe('x.y.sig=');
  });

  it('should read a missing cookie or header as absent', () => {
    expect(readCookie(withCookies('a=1'), 'attt.login-csrf')).toBeUndefined();
    expect(readCookie(withCookies(), 'attt.login-csrf')).toBeUndefined();
  });

  it('should read a value that is not valid percent-encoding as absent, not throw', () => {
    expect(readCookie(withCookies('attt.login-csrf=%E0%A4%A'), 'attt.login-csrf')).toBeUndefined();
  });
});
