import { describe, expect, it } from 'vitest';
import { EXAMPLE_TOKENS } from '../../../lib/examples/examples.data.ts';
import { CLAIMS_IN_VIEW, contentView, decodeView, tokenText } from './view.ts';

const example = (id: string) => EXAMPLE_TOKENS.find((e) => e.id === id)!;

describe('the decoded view', () => {
  it('splits a compact JWS into coloured segments with sizes, header and claims as written', () => {
    const v = decodeView(example('seed-hs256-password').token);
    expect(v.kind).toBe('JWS');
    expect(v.wellFormed).toBe(true);
    expect(v.segments.map((s) => [s.name, s.size])).toEqual([
      ['header', 16],
      ['payload', 63],
      ['signature', 32],
    ]);
    expect(v.headerText).toBe('{\n  "alg": "HS256"\n}');
    expect(v.payload.mode).toBe('json');
    expect(v.claimSources.exp).toBe('1395674427');
    expect(v.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['CLAIM_EXPIRED', 'CLAIM_TYPE']));
  });

  it('keeps a JWE encrypted with its sizes until it is decrypted', () => {
    const v = decodeView(example('rfc7520-5.2').token);
    expect(v.kind).toBe('JWE');
    expect(v.segments.map((s) => s.name)).toEqual(['header', 'encrypted_key', 'iv', 'ciphertext', 'tag']);
    expect(v.payload).toMatchObject({ mode: 'encrypted' });
    expect(v.payload.text).toContain('512-byte encrypted key');
    expect(v.recipients).toHaveLength(1);
  });

  it('lists every signature of a general JSON serialization', () => {
    const v = decodeView(example('rfc7520-4.8').token);
    expect(v.serialization).toBe('json-general');
    expect(v.signatures?.map((s) => s.alg)).toEqual(['RS256', 'ES512', 'HS256']);
  });

  it('reports problems at their offset and trims Bearer and quotes with notices', () => {
    const token = example('seed-hs256-password').token;
    const v = decodeView(`"Bearer ${token.slice(0, 30)}*${token.slice(31)}"`);
    expect(v.wellFormed).toBe(false);
    expect(v.problems[0]).toMatchObject({ blocking: true, offset: 38 });
    expect(v.notices.map((n) => n.code)).toEqual(expect.arrayContaining(['TRIMMED_BEARER', 'TRIMMED_QUOTES']));
    expect(decodeView('').problems[0]?.message).toBe('The token is empty');
    expect(decodeView('a.b').kind).toBe('unknown');
  });

  it('a token broken across lines: the token read is kept for verify and Share; offsets stay in the pasted text', () => {
    const token = example('seed-hs256-password').token;
    const pasted = `${token.slice(0, 10)}\n  ${token.slice(10)}`;
    const v = decodeView(pasted);
    expect([v.wellFormed, v.structure, v.cleanedToken, tokenText(v, pasted)]).toEqual([true, 'JWS', token, token]);
    expect([v.segments[0]!.start, v.segments[0]!.end, v.segments[1]!.start]).toEqual([0, pasted.indexOf('.'), pasted.indexOf('.') + 1]);
    const plain = decodeView(` ${token}\n`);
    expect(plain.cleanedToken).toBeUndefined();
    expect(tokenText(plain, ` ${token}\n`)).toBe(token);
  });

  it('shows content as JSON, text or hex', () => {
    const enc = new TextEncoder();
    expect(contentView(enc.encode('{"a":1}'), '{"a":1}')).toEqual({ mode: 'json', text: '{\n  "a": 1\n}', size: 7 });
    expect(contentView(enc.encode('hello'), 'hello').mode).toBe('text');
    expect(contentView(new Uint8Array([0xff, 0]), undefined)).toEqual({ mode: 'hex', text: '000000  ff 00', size: 2 });
  });
});

describe('a very large claims set', () => {
  it('reaches the page as its first CLAIMS_IN_VIEW claims plus the time claims, with the count', () => {
    const claims: Record<string, number> = {};
    for (let i = 0; i < CLAIMS_IN_VIEW + 100; i++) claims[`c${i}`] = i;
    claims.exp = 2_000_000_000;
    const token = `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;
    const view = decodeView(token);
    expect(view.claimCount).toBe(CLAIMS_IN_VIEW + 101);
    expect(Object.keys(view.claims!)).toHaveLength(CLAIMS_IN_VIEW + 1);
    expect(view.claims!.exp).toBe(2_000_000_000);
    expect(view.claimSources.exp).toBe('2000000000');
    expect(view.claims![`c${CLAIMS_IN_VIEW}`]).toBeUndefined();
    // The payload view still has every claim.
    expect(view.payload.text).toContain(`"c${CLAIMS_IN_VIEW + 99}"`);
  });

  it('a small claims set is passed whole, without a count', () => {
    const view = decodeView(`eyJhbGciOiJIUzI1NiJ9.${Buffer.from('{"a":1}').toString('base64url')}.c2ln`);
    expect(view.claims).toEqual({ a: 1 });
    expect(view.claimCount).toBeUndefined();
  });
});
