import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JoseError } from '../lib/errors.ts';
import { deserializeCompact, serializeCompact } from './compact.ts';
import { deserializeJson, serializeJson } from './json.ts';

const vector = (name: string) => JSON.parse(readFileSync(new URL(`../../../test/vectors/rfc-appendix/${name}`, import.meta.url), 'utf8'));

function errorOf(fn: () => unknown): JoseError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(JoseError);
    return error as JoseError;
  }
  throw new Error('expected a JoseError');
}

describe('compact serialization', () => {
  it('round-trips RFC 7515 A.1 (JWS) and RFC 7516 A.1 (JWE)', () => {
    const jwsText = vector('rfc7515-A.1-HS256.json').expected.compact;
    const jws = deserializeCompact(jwsText);
    expect(jws.kind).toBe('JWS');
    expect(serializeCompact(jws)).toBe(jwsText);
    const jweText = vector('rfc7516-A.1-RSA-OAEP-A256GCM.json').expected.compact;
    const jwe = deserializeCompact(jweText);
    expect(jwe.kind).toBe('JWE');
    expect(serializeCompact(jwe)).toBe(jweText);
  });

  it('refuses a wrong segment count, naming where', () => {
    const e = errorOf(() => deserializeCompact('eyJhbGciOiJIUzI1NiJ9.e30.c2ln.x'));
    expect(e.code).toBe('ERR_MALFORMED');
    expect(e.message).toContain('this text has 4');
    expect(e.offset).toBe(29);
    expect(errorOf(() => deserializeCompact('eyJhbGciOiJIUzI1NiJ9.e30')).offset).toBe(24);
  });

  it('names the segment and character offset of bad base64url', () => {
    const e = errorOf(() => deserializeCompact('eyJhbGciOiJIUzI1NiJ9.e30.c2l+'));
    expect([e.code, e.segment, e.offset]).toEqual(['ERR_BASE64URL', 'signature', 28]);
    const p = errorOf(() => deserializeCompact('eyJhbGciOiJIUzI1NiJ9.e3=.c2ln'));
    expect([p.segment, p.offset]).toEqual(['payload', 23]);
  });

  it('refuses a header that is not an object or repeats a member', () => {
    expect(errorOf(() => deserializeCompact('IkhTMjU2Ig.e30.c2ln')).code).toBe('ERR_MALFORMED'); // "HS256"
    const dup = Buffer.from('{"alg":"none","alg":"HS256"}').toString('base64url');
    const e = errorOf(() => deserializeCompact(`${dup}.e30.c2ln`));
    expect(e.message).toContain('Duplicate member name "alg"');
    expect(e.segment).toBe('header');
  });

  it('keeps an unencoded payload as is and refuses compact output containing "."', () => {
    const h = Buffer.from('{"alg":"HS256","b64":false,"crit":["b64"]}').toString('base64url');
    const jws = deserializeCompact(`${h}.$x y.c2ln`);
    expect(jws.kind === 'JWS' && jws.payload).toBe('$x y');
    expect(errorOf(() => serializeCompact({ kind: 'JWS', payload: 'a.b', signatures: [{ protected: h, signature: '' }] })).segment).toBe('payload');
  });

  it('refuses to drop what the compact form cannot hold', () => {
    const two = { kind: 'JWS' as const, payload: 'e30', signatures: [{ protected: 'e30', signature: '' }, { protected: 'e30', signature: '' }] };
    expect(errorOf(() => serializeCompact(two)).message).toContain('exactly one signature');
    const withHeader = { kind: 'JWS' as const, payload: 'e30', signatures: [{ protected: 'e30', header: { kid: '1' }, signature: '' }] };
    expect(errorOf(() => serializeCompact(withHeader)).code).toBe('ERR_MALFORMED');
  });
});

describe('JSON serialization', () => {
  it('reads and writes RFC 7515 A.6 (general) and A.7 (flattened)', () => {
    const general = vector('rfc7515-A.6-general-json.json').expected.json;
    const jws = deserializeJson(JSON.stringify(general));
    expect(jws.kind === 'JWS' && jws.signatures.length).toBe(2);
    expect(JSON.parse(serializeJson(jws))).toEqual(general);
    const flat = vector('rfc7515-A.7-flattened-json.json').expected.json;
    const one = deserializeJson(flat);
    expect(JSON.parse(serializeJson(one, { flattened: true }))).toEqual(flat);
    expect(errorOf(() => serializeJson(jws, { flattened: true })).message).toContain('exactly one signature');
  });

  it('reads and writes RFC 7516 A.4 (general) and A.5 (flattened) with all 8 JWE members', () => {
    const general = vector('rfc7516-A.4-general-json.json').expected.json;
    const jwe = deserializeJson(general);
    expect(jwe.kind === 'JWE' && jwe.recipients.length).toBe(2);
    expect(JSON.parse(serializeJson(jwe))).toEqual(general);
    const flat = vector('rfc7516-A.5-flattened-json.json').expected.json;
    expect(JSON.parse(serializeJson(deserializeJson(flat), { flattened: true }))).toEqual(flat);
    const withAad = { ...flat, aad: 'YWFk' };
    const back = deserializeJson(withAad);
    expect(back.kind === 'JWE' && back.aad).toBe('YWFk');
    expect(deserializeJson({ ...flat, unprotected: undefined }).kind).toBe('JWE');
  });

  it('gives the character offset of a bad member in JSON text', () => {
    const text = '{"payload":"e30","signatures":[{"protected":"eyJhbGciOiJIUzI1NiJ9","signature":"c2l="}]}';
    const e = errorOf(() => deserializeJson(text));
    expect([e.code, e.segment, e.offset]).toEqual(['ERR_BASE64URL', 'signature', text.indexOf('=')]);
  });

  it('refuses mixed forms, missing members, overlapping headers and bad types', () => {
    expect(errorOf(() => deserializeJson('{"payload":"e30","signature":"","signatures":[]}')).code).toBe('ERR_MALFORMED');
    expect(errorOf(() => deserializeJson('{"payload":"e30","signature":""}')).message).toContain('"protected" or a "header"');
    expect(errorOf(() => deserializeJson('{"foo":1}')).message).toContain('neither');
    expect(errorOf(() => deserializeJson('[]')).code).toBe('ERR_MALFORMED');
    expect(errorOf(() => deserializeJson({ payload: 'e30', protected: 'eyJhbGciOiJIUzI1NiJ9', header: { alg: 'HS256' }, signature: '' })).message).toContain('disjoint');
    expect(errorOf(() => deserializeJson({ payload: 'e30', header: 'x', signature: '' })).message).toContain('JSON object');
    expect(errorOf(() => deserializeJson({ ciphertext: 'YQ', recipients: [], iv: 'YQ', tag: 'YQ' })).message).toContain('non-empty');
    expect(errorOf(() => deserializeJson('{"payload":"e30","payload":"e30"}')).message).toContain('Duplicate');
  });
});
