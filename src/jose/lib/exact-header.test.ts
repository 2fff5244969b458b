import { describe, expect, it } from 'vitest';
import { exactHeaderText } from './exact-header.ts';
import { encrypt } from '../jwe/encrypt.ts';
import { decrypt } from '../jwe/decrypt.ts';
import { serializeCompact } from '../serialize/compact.ts';
import { importKey } from '../jwk/import.ts';
import { base64urlDecode } from './base64url.ts';
import type { JoseKey } from '../jwk/types.ts';
import { sign } from '../jws/sign.ts';
import seeds from '../../../test/vectors/seeds.json' with { type: 'json' };

describe('exactHeaderText', () => {
  it('keeps the text as written when it says what the operation does', () => {
    expect(exactHeaderText('{"alg": "HS256"}', { alg: 'HS256' }, 'header')).toBe('{"alg": "HS256"}');
    expect(exactHeaderText('{ "typ":"JWT",\r\n "alg":"HS256"}\n', { alg: 'HS256', typ: 'JWT' }, 'header')).toBe('{ "typ":"JWT",\r\n "alg":"HS256"}\n');
  });
  it('appends the members the operation adds, before the closing brace', () => {
    expect(exactHeaderText('{"alg": "A128GCMKW", "enc": "A128GCM" }', { alg: 'A128GCMKW', enc: 'A128GCM', iv: 'AA', tag: 'BB' }, 'header')).toBe(
      '{"alg": "A128GCMKW", "enc": "A128GCM" ,"iv":"AA","tag":"BB"}',
    );
    expect(exactHeaderText('{}', { alg: 'dir' }, 'header')).toBe('{"alg":"dir"}');
  });
  it('refuses a text that disagrees with the operation', () => {
    expect(() => exactHeaderText('{"alg": "HS512"}', { alg: 'HS256' }, 'header')).toThrow(/"alg": "HS512"/);
    expect(() => exactHeaderText('{"alg": "HS256", "alg": "HS256"}', { alg: 'HS256' }, 'header')).toThrow(/Duplicate/);
    expect(() => exactHeaderText('[1]', { alg: 'HS256' }, 'header')).toThrow(/JSON object/);
  });
  it('encrypts with the exact protected header bytes and still decrypts', async () => {
    const key = (await importKey({ kty: 'oct', k: 'GawgguFyGrWKav7AX4VKUg' })) as JoseKey;
    const text = '{ "alg" : "A128KW",\n  "enc": "A128GCM" }';
    const jwe = await encrypt('hello', key, { alg: 'A128KW', enc: 'A128GCM', header: { alg: 'A128KW', enc: 'A128GCM' }, protectedHeaderText: text });
    const token = serializeCompact(jwe);
    expect(new TextDecoder().decode(base64urlDecode(token.split('.')[0]!))).toBe(text);
    const out = await decrypt(token, key);
    expect(new TextDecoder().decode(out.plaintext)).toBe('hello');
  });
  it('signs the seed documents byte for byte from the header and claims as written', async () => {
    for (const seed of [seeds.hs256_password, seeds.hs256_notsosecret]) {
      const key = (await importKey(seed.secret, { encoding: 'utf8' })) as JoseKey;
      const header = JSON.parse(seed.header) as { alg: 'HS256' };
      const jws = await sign(seed.claims, key, { alg: 'HS256', header, headerText: seed.header });
      expect(serializeCompact(jws)).toBe(seed.token);
    }
  });
});
