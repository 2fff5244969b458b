import { describe, expect, it } from 'vitest';
import { publicKeyRefusal } from './shareLink.ts';
import { say } from './i18n/words.ts';
import { english, spanish } from './i18n/translators.test-support.ts';

/** Each refusal's words say in English exactly the sentence the link notices show today, and Spanish differs. */
describe('share-link refusals worded from parameters', () => {
  const keys = [
    '',
    '{not json',
    '{"keys": []}',
    '{"keys": [{"kty": "EC", "crv": "P-256", "x": "a", "y": "b"}, {"kty": "oct", "k": "AA"}]}',
    '{"kty": "RSA", "n": "a", "e": "AQAB", "d": "x"}',
    '{"n": "a"}',
    '[1]',
    '-----BEGIN PRIVATE KEY-----\nAA\n-----END PRIVATE KEY-----',
    '-----BEGIN EC PARAMETERS-----\nAA\n-----END EC PARAMETERS-----',
    'password',
  ];
  for (const key of keys) {
    it(JSON.stringify(key.slice(0, 30)), () => {
      const refusal = publicKeyRefusal(key)!;
      expect(say(refusal.words, english, 'en')).toBe(refusal.text);
      expect(say(refusal.words, spanish, 'es')).not.toBe(refusal.text);
    });
  }
  it('refuses nothing for a public key', () => {
    expect(publicKeyRefusal('{"kty": "EC", "crv": "P-256", "x": "a", "y": "b"}')).toBeNull();
  });
});
