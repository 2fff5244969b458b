import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlEncode } from '../lib/base64url.ts';
import { utf8Encode } from '../lib/bytes.ts';
import { inspect } from './inspect.ts';
import { locate } from './locate.ts';

const seeds = JSON.parse(readFileSync(new URL('../../../test/vectors/seeds.json', import.meta.url), 'utf8'));
const b64 = (s: string) => base64urlEncode(utf8Encode(s));
const jwt = (header: object | string, payload: object | string, sig = 'c2ln') =>
  `${b64(typeof header === 'string' ? header : JSON.stringify(header))}.${b64(typeof payload === 'string' ? payload : JSON.stringify(payload))}.${sig}`;

describe('inspect', () => {
  it('reads the seed HS256 token after trimming "Authorization: Bearer" and quotes, offsets in the original text', () => {
    const token = seeds.hs256_password.token as string;
    const input = `  Authorization: Bearer "${token}"\n`;
    const r = inspect(input, { now: 1_400_000_000 });
    expect(r.kind).toBe('JWS');
    expect(r.serialization).toBe('compact');
    expect(r.reason).toContain('"alg" is HS256');
    expect(r.notices.map((n) => n.code)).toEqual(['TRIMMED_WHITESPACE', 'TRIMMED_WHITESPACE', 'TRIMMED_AUTHORIZATION', 'TRIMMED_BEARER', 'TRIMMED_QUOTES', 'TRIMMED_QUOTES']);
    expect(input.slice(r.start, r.end)).toBe(token);
    for (const s of r.segments) expect(input.slice(s.start, s.end)).toBe(s.raw);
    expect(r.claims).toEqual({ iss: 'http://www.example.com', sub: 42, exp: 1395674427 });
    const subFinding = r.findings.find((f) => f.code === 'CLAIM_TYPE')!;
    expect(subFinding.message).toContain('"sub" must be a string');
    // The finding points at the "sub" member inside the base64url payload.
    expect(locate(r, subFinding.offset!)?.member?.path[0]).toBe('sub');
    expect(r.findings.map((f) => f.code)).toContain('CLAIM_EXPIRED');
    expect(r.problems).toEqual([]);
    expect(r.jws?.signatures[0]?.signature).toBe(token.split('.')[2]);
  });

  it('maps a character to bytes and to its JSON member', () => {
    const token = jwt({ alg: 'HS256', kid: 'é-key' }, { sub: 'x' });
    const r = inspect(token);
    const header = r.segments[0]!;
    const kid = header.json!.members.find((m) => m.name === 'kid')!;
    // The member's input range decodes to exactly the bytes of "kid":"é-key" (and at most the edges of neighbours).
    expect(header.text!.slice(kid.keyText!.start, kid.valueText.end)).toBe('"kid":"é-key"');
    expect(kid.bytes.end - kid.bytes.start).toBe(utf8Encode('"kid":"é-key"').length);
    const mid = Math.floor((kid.input.start + kid.input.end) / 2);
    expect(locate(r, mid)?.member?.name).toBe('kid');
    const loc = locate(r, 0)!;
    expect(loc.bytes).toEqual({ start: 0, end: 1 });
  });

  it('classifies unsecured, JWE, JSON general and flattened', () => {
    const u = inspect(seeds.unsecured.token);
    expect(u.kind).toBe('unsecured');
    expect(u.findings.map((f) => f.code)).toContain('ALG_NONE');
    const e = inspect(seeds.rsa_oaep_jwe.token);
    expect(e.kind).toBe('JWE');
    expect(e.encrypted).toEqual({ encryptedKey: 256, iv: 16, ciphertext: 64, tag: 16 });
    expect(e.payload).toBeUndefined();
    expect(e.jwe?.iv).toBe('Awelp3ryBVpdFhRckQ-KKw');
    const general = readFileSync(new URL('../../../test/vectors/rfc-appendix/rfc7515-A.6-general-json.json', import.meta.url), 'utf8');
    const g = inspect(JSON.stringify(JSON.parse(general).expected.json, null, 2));
    expect([g.kind, g.serialization, g.signatures?.length, g.signatures?.[1]?.alg, g.problems.length]).toEqual(['JWS', 'json-general', 2, 'ES256', 0]);
    for (const s of g.segments) if (s.encoding !== 'json') expect(g.input.slice(s.start, s.end)).toBe(s.raw);
    expect(g.jws?.signatures.length).toBe(2);
    const jweJson = JSON.parse(readFileSync(new URL('../../../test/vectors/rfc-appendix/rfc7516-A.4-general-json.json', import.meta.url), 'utf8')).expected.json;
    const j = inspect(JSON.stringify(jweJson));
    expect([j.kind, j.serialization, j.recipients?.map((x) => x.alg)]).toEqual(['JWE', 'json-general', ['RSA1_5', 'A128KW']]);
    expect(j.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['ALG_RSA1_5', 'HEADER_JKU']));
    const flat = inspect(JSON.stringify({ payload: 'e30', protected: b64('{"alg":"HS256"}'), header: { kid: '1' }, signature: 'c2ln' }));
    expect([flat.kind, flat.serialization, flat.header]).toEqual(['JWS', 'json-flattened', { alg: 'HS256', kid: '1' }]);
  });

  it('reports problems with offsets: bad base64url, bad JSON, duplicate names, segment count', () => {
    const pad = inspect('eyJhbGciOiJIUzI1NiJ9.e30.c2l=');
    expect(pad.problems.map((p) => [p.code, p.segment, p.offset])).toEqual([['BASE64URL', 'signature', 28]]);
    expect(pad.jws).toBeUndefined();
    const dup = inspect(jwt('{"alg":"none","alg":"HS256"}', { a: 1 }));
    expect(dup.problems[0]).toMatchObject({ code: 'DUPLICATE_MEMBER', segment: 'header' });
    const badJson = inspect(jwt('{"alg":"HS256"', {}));
    expect(badJson.problems[0]!.code).toBe('JSON');
    expect(inspect('a.b.c.d.e.f').problems.at(-1)).toMatchObject({ code: 'SEGMENT_COUNT', offset: 9 });
    expect(inspect('eyJhbGciOiJIUzI1NiJ9.e30').kind).toBe('unknown');
    expect(inspect('IkhTMjU2Ig.e30.c2ln').problems[0]!.code).toBe('HEADER_NOT_OBJECT');
    expect(inspect(jwt({ typ: 'JWT' }, {})).problems[0]!.code).toBe('ALG_MISSING');
    const claimDup = inspect(jwt({ alg: 'HS256' }, '{"sub":"a","sub":"b"}'));
    expect(claimDup.findings.map((f) => f.code)).toContain('CLAIM_DUPLICATE');
    expect(inspect('').problems[0]!.code).toBe('EMPTY');
    expect(inspect('not a token').kind).toBe('not-a-token');
  });

  it('flags dangerous headers: jku, x5u, embedded jwk, crit, b64, enc on 3 segments', () => {
    const codes = (h: object) => inspect(jwt(h, {})).findings.map((f) => f.code);
    expect(codes({ alg: 'RS256', jku: 'http://127.0.0.1/x' })).toContain('HEADER_JKU');
    expect(codes({ alg: 'RS256', x5u: 'javascript:alert(1)' })).toContain('HEADER_X5U');
    expect(codes({ alg: 'HS256', jwk: { kty: 'oct', k: 'AA' } })).toContain('HEADER_JWK');
    expect(codes({ alg: 'HS256', crit: ['exp'], exp: 1 })).toContain('CRIT_UNSUPPORTED');
    expect(codes({ alg: 'HS256', crit: [] })).toContain('CRIT_INVALID');
    expect(codes({ alg: 'HS256', b64: false })).toContain('B64_WITHOUT_CRIT');
    expect(codes({ alg: 'HS256', b64: 'false', crit: ['b64'] })).toContain('B64_INVALID');
    expect(codes({ alg: 'HS256', enc: 'A128GCM' })).toContain('JWE_HEADER_ON_JWS');
    expect(codes({ alg: 'NONE' })).toContain('ALG_NONE_VARIANT');
    expect(codes({ alg: 'HS256', kid: '../../../../dev/null' })).toContain('KID_SUSPICIOUS');
  });

  it('shows an RFC 7797 unencoded payload as text', () => {
    const h = b64('{"alg":"HS256","b64":false,"crit":["b64"]}');
    const r = inspect(`${h}.$.02.c2ln`);
    expect(r.problems.map((p) => [p.code, p.offset])).toEqual([['UNENCODED_PAYLOAD', h.length + 2]]);
    expect([r.kind, r.payload?.text]).toEqual(['JWS', '$.02']);
    const ok = inspect(`${h}.$x y.c2ln`);
    expect(ok.payload).toMatchObject({ text: '$x y', encoded: false });
    expect(ok.segments[1]!.encoding).toBe('text');
  });

  // How fast is measured in bench/inspect.ts (`npm run bench`), not here: a timed unit test on a shared machine measures the neighbours.
  it('inspects a 1 MB token fully and correctly', () => {
    const claims = { sub: 'x', data: 'a'.repeat(700_000), list: Array.from({ length: 5000 }, (_, i) => ({ i, v: 'é' })) };
    const token = jwt({ alg: 'HS256' }, claims, 'c2ln');
    expect(token.length).toBeGreaterThan(1_000_000);
    const r = inspect(token);
    expect(r.kind).toBe('JWS');
    expect(r.serialization).toBe('compact');
    expect(r.problems).toEqual([]);
    expect(r.findings.map((f) => f.code)).toContain('TOKEN_LARGE');
    expect(r.header).toEqual({ alg: 'HS256' });
    expect(r.claims).toEqual(claims);
    expect(r.segments.map((s) => s.raw).join('.')).toBe(token);
    expect(r.segments[r.segments.length - 1]!.end).toBe(token.length);
  });
});

describe('inspect never throws (property tests)', () => {
  const valid = [seeds.hs256_password.token, seeds.rsa_oaep_jwe.token, seeds.unsecured.token, seeds.hs256_notsosecret.token] as string[];
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
      const r = inspect(s);
      expect(typeof r.kind).toBe('string');
    }), { numRuns: 2000 });
  });
  it('on JSON-ish and dotted strings', () => {
    const piece = fc.oneof(fc.constantFrom('.', '{', '}', '"payload":', '"ciphertext":', '"signatures":[', ']', ',', '"protected":"eyJhbGciOiJIUzI1NiJ9"', 'e30', '=', ' ', '\\u0041'), fc.string({ maxLength: 5 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      inspect(parts.join(''));
    }), { numRuns: 2000 });
  });
  it('on mutated valid tokens', () => {
    fc.assert(fc.property(fc.constantFrom(...valid), fc.nat(), fc.string({ unit: 'binary', maxLength: 3 }), fc.nat({ max: 3 }), (token, at, insert, del) => {
      const i = at % (token.length + 1);
      const r = inspect(token.slice(0, i) + insert + token.slice(i + del));
      for (const p of r.problems) expect(p.offset).toBeGreaterThanOrEqual(0);
    }), { numRuns: 3000 });
  });
});
