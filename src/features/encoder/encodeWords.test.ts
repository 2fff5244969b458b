import { describe, expect, it } from 'vitest';
import { encodeInput } from './encodeInput.test-support.ts';
import { encodeToken, type EncodeInput, type EncodeResult } from './encode.ts';
import { say, sayValue } from '../../lib/i18n/words.ts';
import { english, spanish } from '../../lib/i18n/translators.test-support.ts';
import { parseClaims } from './sd-jwt/claimTree.ts';

const base = encodeInput;

const failed = (r: EncodeResult) => {
  if (r.ok) throw new Error('expected no token');
  return r;
};

/**
 * The Encode screen words its reasons from parameters (the worker cannot speak the person's
 * language): built in English they must be the English sentence `reason` says, exactly, so the
 * parameters hold everything and Spanish says as much.
 */
describe('Encode reasons worded from parameters', () => {
  const cases: [string, Partial<EncodeInput>][] = [
    ['no key', { key: { text: '', encoding: 'utf8' } }],
    ['no alg', { headerText: '{"typ": "JWT"}' }],
    ['unknown alg', { headerText: '{"alg": "HS999"}' }],
    ['no enc', { headerText: '{"alg": "RSA-OAEP"}' }],
    ['unknown enc', { headerText: '{"alg": "dir", "enc": "A1GCM"}' }],
    ['claims an array', { claimsText: '[1]' }],
    ['header a number', { headerText: '42' }],
    ['key misfit', { headerText: '{"alg": "ES256"}' }],
    ['unreadable key', { headerText: '{"alg": "ES256"}', key: { text: '{"kty": "EC"}', encoding: 'utf8' } }],
    ['empty JWKS', { key: { text: '{"keys": []}', encoding: 'utf8' } }],
    ['extra key of the wrong kind', { serialization: 'general', extra: [{ alg: 'RSA-OAEP', key: { text: 'x'.repeat(32), encoding: 'utf8' } }] }],
  ];
  for (const [name, patch] of cases) {
    it(`${name}: English from the parameters is the reason; Spanish differs`, async () => {
      const r = failed(await encodeToken(base(patch)));
      expect(sayValue(r.reasonWords, english, 'en')).toBe(r.reason);
      if (typeof r.reasonWords === 'object' && !('error' in r.reasonWords)) expect(sayValue(r.reasonWords, spanish, 'es')).not.toBe(r.reason);
    });
  }

  it('says which key it uses, in English as the engine describes it', async () => {
    const r = await encodeToken(base({}));
    expect(say(r.keyWords!, english, 'en')).toBe(`Using ${r.keyDescription}.`);
    expect(say(r.keyWords!, spanish, 'es')).toBe('Se usa un secreto compartido de 38 bytes.');
    const set = await encodeToken(base({ key: { text: JSON.stringify({ keys: [{ kty: 'oct', k: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA' }] }), encoding: 'utf8' } }));
    expect(say(set.keyWords!, english, 'en')).toBe(`Using ${set.keyDescription}.`);
  });

  it('words its notes from parameters too', async () => {
    const r = await encodeToken(base({ headerText: '{"alg": "dir", "enc": "A128GCM"}', key: { text: '{"kty":"oct","k":"AAAAAAAAAAAAAAAAAAAAAA"}', encoding: 'utf8' }, nested: { alg: 'HS256', key: { text: 'y'.repeat(32), encoding: 'utf8' } } }));
    if (!r.ok) throw new Error(r.reason);
    expect(r.noteWords.map((w) => say(w, english, 'en'))).toEqual(r.notes);
    expect(r.notes.length).toBeGreaterThan(0);
  });

  it('words the SD-JWT claim problems from parameters', () => {
    const p = parseClaims('[1]');
    expect(say(p.problemWords!, english, 'en')).toBe(p.problem);
  });
});
