import { describe, expect, it } from 'vitest';
import { disclosure, digest, jws, kbJwt, keyPair } from '../../../test/sd-jwt/craft.ts';
import { inspect } from '../inspect/inspect.ts';
import { locate } from '../inspect/locate.ts';

/** inspect on SD-JWTs: kind, segments with ranges, each Disclosure decoded, problems where they are. */
const issuer = keyPair();
const holder = keyPair();
const given = disclosure(['c2FsdC1vZi0xMjgtYml0cw', 'given_name', 'Erika']);
const de = disclosure(['VGhpcmRTYWx0U2FsdFNhbA', 'DE']);
const jwt = jws({ alg: 'ES256', typ: 'dc+sd-jwt' }, { vct: 'urn:x', _sd: [digest(given)], list: [{ '...': digest(de) }], cnf: { jwk: holder.pub } }, issuer.priv);
const issued = `${jwt}~${given}~${de}~`;

describe('inspect: SD-JWT', () => {
  it('an issued SD-JWT: kind SD-JWT, the JWS segments, one segment per Disclosure, decoded', () => {
    const r = inspect(issued);
    expect(r.kind).toBe('SD-JWT');
    expect(r.problems).toEqual([]);
    expect(r.reason).toMatch(/^An SD-JWT \(RFC 9901\): an Issuer-signed JWT, 2 Disclosures and no Key Binding JWT/);
    expect(r.segments.map((s) => [s.name, s.part])).toEqual([['header', 'protected'], ['payload', 'payload'], ['signature', 'signature'], ['disclosure', 'disclosure'], ['disclosure', 'disclosure']]);
    expect(r.sdJwt).toMatchObject({ serialization: 'compact', issuerJwt: { start: 0, end: jwt.length }, sdAlg: 'sha-256' });
    expect(r.sdJwt!.disclosures).toMatchObject([
      { index: 0, decoded: ['c2FsdC1vZi0xMjgtYml0cw', 'given_name', 'Erika'], kind: 'property', name: 'given_name', value: 'Erika', start: jwt.length + 1 },
      { index: 1, decoded: ['VGhpcmRTYWx0U2FsdFNhbA', 'DE'], kind: 'element', value: 'DE' },
    ]);
    expect(r.sdJwt!.disclosures.map((d) => r.segments[d.segmentId]!.label)).toEqual(['Disclosure 1', 'Disclosure 2']);
    expect(r.claims?.vct).toBe('urn:x');
    expect(r.signatures?.[0]?.segmentIds).toEqual([0, 1, 2]);
  });

  it('locate() finds a Disclosure and the JSON member under a character', () => {
    const r = inspect(issued);
    const at = issued.indexOf(given) + given.length - 4;
    const where = locate(r, at)!;
    expect(where.segment.part).toBe('disclosure');
    expect(where.member?.path).toEqual([2]);
  });

  it('an SD-JWT+KB pasted with "Bearer " and spaces: the KB-JWT as three segments, offsets in the input', () => {
    const kb = kbJwt(issued, holder.priv);
    const input = `Bearer ${issued}${kb}  `;
    const r = inspect(input);
    expect(r.kind).toBe('SD-JWT');
    expect(r.notices.map((n) => n.code)).toContain('TRIMMED_BEARER');
    const k = r.sdJwt!.keyBinding!;
    expect(input.slice(k.start, k.end)).toBe(kb);
    expect(k.segmentIds.map((id) => r.segments[id]!.part)).toEqual(['kb_protected', 'kb_payload', 'kb_signature']);
    expect(k.header).toEqual({ alg: 'ES256', typ: 'kb+jwt' });
    expect(k.payload).toMatchObject({ aud: 'https://verifier.example', nonce: 'n1' });
    expect(r.sdJwt!.disclosures.map((d) => input.slice(d.start, d.end))).toEqual([given, de]);
  });

  it('says what is wrong and where: empty Disclosure, KB-JWT out of place, no closing "~", not a Disclosure', () => {
    let r = inspect(`${jwt}~${given}~~`);
    expect(r.problems.map((p) => p.code)).toContain('EMPTY_SEGMENT');
    const kb = kbJwt(issued, holder.priv);
    r = inspect(`${jwt}~${kb}~${given}~`);
    expect(r.problems[0]).toMatchObject({ code: 'SD_JWT', offset: jwt.length + 1, message: expect.stringContaining('must come last') });
    r = inspect(`${jwt}~${given}`);
    expect(r.problems[0]).toMatchObject({ code: 'SD_JWT', offset: jwt.length + 1 + given.length, message: expect.stringContaining('ends with "~"') });
    const bad = disclosure({ salt: 1 } as unknown as string);
    r = inspect(`${jwt}~${bad}~`);
    expect(r.problems[0]).toMatchObject({ code: 'SD_JWT', offset: jwt.length + 1, message: expect.stringContaining('must be a JSON array') });
    expect(r.sdJwt!.disclosures[0]!.problem).toMatch(/JSON array/);
    r = inspect(`${given}~${jwt}~`);
    expect(r.kind).toBe('SD-JWT');
    expect(r.problems[0]).toMatchObject({ code: 'SD_JWT', offset: 0, message: expect.stringContaining('first part must be the Issuer-signed JWT') });
  });

  it('flags a KB-JWT with the wrong typ or "alg" none', () => {
    const wrong = kbJwt(issued, holder.priv, {}, { alg: 'ES256', typ: 'JWT' });
    expect(inspect(issued + wrong).findings.map((f) => f.code)).toContain('SDJWT_KB_TYP');
    const none = `${Buffer.from('{"alg":"none","typ":"kb+jwt"}').toString('base64url')}.e30.`;
    expect(inspect(issued + none).findings.map((f) => f.code)).toContain('SDJWT_KB_ALG_NONE');
  });

  it('leaves JWS, JWE and JWS JSON without "disclosures" as they were', () => {
    expect(inspect(jwt).kind).toBe('JWS');
    const [p, b, s] = jwt.split('.');
    expect(inspect(JSON.stringify({ payload: b, protected: p, signature: s })).kind).toBe('JWS');
    const sd = inspect(JSON.stringify({ payload: b, protected: p, signature: s, header: { disclosures: [given] } }));
    expect(sd.kind).toBe('SD-JWT');
    expect(sd.serialization).toBe('json-flattened');
    expect(sd.sdJwt?.disclosures[0]).toMatchObject({ name: 'given_name' });
  });
});
