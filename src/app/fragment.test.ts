import { describe, expect, it } from 'vitest';
import { readTokenFromLocation, shareLink } from './fragment.ts';

describe('token in the URL', () => {
  it('reads #token=, #id_token= and #access_token=', () => {
    expect(readTokenFromLocation({ hash: '#token=a.b.c', search: '' })).toEqual({ token: 'a.b.c' });
    expect(readTokenFromLocation({ hash: '#id_token=x.y.z&state=1', search: '' })).toEqual({ token: 'x.y.z' });
    expect(readTokenFromLocation({ hash: '#access_token=q.r.s', search: '' })).toEqual({ token: 'q.r.s' });
  });

  it('notices a token in the query string, which has already left the browser', () => {
    expect(readTokenFromLocation({ hash: '', search: '?token=a.b.c' })).toEqual({ token: 'a.b.c', fromQuery: true });
  });

  it('shares the token in the fragment only', () => {
    const link = shareLink('http://localhost:5173', '/', ' a.b.c\n');
    expect(link).toBe('http://localhost:5173/#token=a.b.c');
  });
});
