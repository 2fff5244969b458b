import { describe, expect, it } from 'vitest';
import { digest, disclosure, jws, kbJwt, keyPair } from '../../../test/sd-jwt/craft.ts';
import { JoseError } from '../lib/errors.ts';
import { createTrace } from '../lib/trace.ts';
import { importKey } from '../jwk/import.ts';
import { decodeSdJwt } from './decode.ts';
import { MAX_PROCESSING_DEPTH } from './process.ts';
import { verifySdJwt } from './verify.ts';
import type { VerifySdJwtOptions } from './types.ts';

/**
 * RFC 9901 §7.1 (the SD-JWT) and §7.3 (the Key Binding JWT), rule by rule, on SD-JWTs written by
 * hand with node:crypto (test/sd-jwt/craft.ts): each rule's violation is refused with its own code,
 * naming the Disclosure (index, pointer, offset) or the KB-JWT member.
 */
const issuer = keyPair();
const holder = keyPair();
const H = { alg: 'ES256', typ: 'example+sd-jwt' };
const given = disclosure(['c2FsdC1vZi0xMjgtYml0cw', 'given_name', 'Erika']);
const family = disclosure(['QVNlY29uZFNhbHRTYWx0MQ', 'family_name', 'Mustermann']);
const de = disclosure(['VGhpcmRTYWx0U2FsdFNhbA', 'DE']);

async function failure(text: string, options: VerifySdJwtOptions = {}): Promise<JoseError> {
  try {
    await verifySdJwt(text, await importKey(issuer.pub), options);
  } catch (error) {
    expect(error).toBeInstanceOf(JoseError);
    return error as JoseError;
  }
  throw new Error('expected a JoseError');
}
const sdJwt = (payload: object, disclosures: string[], header: object = H) => `${jws(header, payload, issuer.priv)}~${disclosures.map((d) => `${d}~`).join('')}`;

describe('RFC 9901 §7.1: the Issuer-signed JWT', () => {
  it('a well-formed SD-JWT verifies (the baseline the cases below break)', async () => {
    const r = await verifySdJwt(sdJwt({ iss: 'x', _sd: [digest(given)], nationalities: [{ '...': digest(de) }] }, [given, de]), await importKey(issuer.pub));
    expect(r.claims).toEqual({ iss: 'x', given_name: 'Erika', nationalities: ['DE'] });
  });

  it('"alg": "none" is never accepted, and the algorithms policy applies', async () => {
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"_sd":[]}').toString('base64url')}.~`;
    expect((await failure(unsigned)).code).toBe('ERR_ALG_NOT_ALLOWED');
    expect((await failure(sdJwt({ _sd: [digest(given)] }, [given]), { algorithms: ['EdDSA'] })).code).toBe('ERR_ALG_NOT_ALLOWED');
  });

  it('a forged payload fails the signature', async () => {
    const [h, , s] = jws(H, { _sd: [digest(given)] }, issuer.priv).split('.');
    expect((await failure(`${h}.${Buffer.from(JSON.stringify({ _sd: [digest(given)], admin: true })).toString('base64url')}.${s}~${given}~`)).code).toBe('ERR_SIGNATURE_INVALID');
  });

  it('"_sd_alg": sha-256 by default; sha-384 and sha-512 understood; others and policy refusals are ERR_SDJWT_SD_ALG', async () => {
    const key = await importKey(issuer.pub);
    expect((await verifySdJwt(sdJwt({ _sd: [digest(given, 'sha384')], _sd_alg: 'sha-384' }, [given]), key)).claims).toEqual({ given_name: 'Erika' });
    expect((await verifySdJwt(sdJwt({ _sd: [digest(given, 'sha512')], _sd_alg: 'sha-512' }, [given]), key)).sdAlg).toBe('sha-512');
    expect((await failure(sdJwt({ _sd: [digest(given)], _sd_alg: 'sha3-256' }, [given]))).code).toBe('ERR_SDJWT_SD_ALG');
    expect((await failure(sdJwt({ _sd: [digest(given)], _sd_alg: 256 }, [given]))).code).toBe('ERR_SDJWT_SD_ALG');
    expect((await failure(sdJwt({ _sd: [digest(given, 'sha512')], _sd_alg: 'sha-512' }, [given]), { sdAlgorithms: ['sha-256'] })).code).toBe('ERR_SDJWT_SD_ALG');
    // A digest made with another hash is simply not found.
    expect((await failure(sdJwt({ _sd: [digest(given)], _sd_alg: 'sha-384' }, [given]))).code).toBe('ERR_SDJWT_DISCLOSURE_UNREFERENCED');
  });

  it('a payload that is not an object, or that repeats "_sd", is malformed', async () => {
    expect((await failure(sdJwt([1, 2] as unknown as object, []))).code).toBe('ERR_SDJWT_MALFORMED');
    const text = `${jws(H, `{"_sd":["${digest(given)}"],"_sd":[]}`, issuer.priv)}~${given}~`;
    expect((await failure(text)).code).toBe('ERR_SDJWT_MALFORMED');
  });
});

describe('RFC 9901 §7.1: Disclosures and digests', () => {
  it('a digest used twice (in one array, in two objects, or again inside a Disclosure)', async () => {
    expect((await failure(sdJwt({ _sd: [digest(given), digest(given)] }, [given]))).code).toBe('ERR_SDJWT_DIGEST_DUPLICATE');
    expect((await failure(sdJwt({ _sd: [digest(given)], a: { _sd: [digest(given)] } }, [given]))).code).toBe('ERR_SDJWT_DIGEST_DUPLICATE');
    const hidden = digest('a digest nobody discloses');
    expect((await failure(sdJwt({ _sd: [hidden], list: [{ '...': hidden }] }, []))).code).toBe('ERR_SDJWT_DIGEST_DUPLICATE');
    const loop = disclosure(['c2FsdHNhbHRzYWx0c2FsdA', 'nested', { _sd: [digest(given)] }]);
    const e = await failure(sdJwt({ _sd: [digest(given), digest(loop)] }, [given, loop]));
    expect(e.code).toBe('ERR_SDJWT_DIGEST_DUPLICATE');
    expect(e.message).toContain('in the value of Disclosure 2');
  });

  it('a Disclosure no digest refers to, named by index and offset', async () => {
    const text = sdJwt({ _sd: [digest(given)] }, [given, family]);
    const e = await failure(text);
    expect(e.code).toBe('ERR_SDJWT_DISCLOSURE_UNREFERENCED');
    expect(e.details).toMatchObject({ index: 1 });
    expect(e.offset).toBe(text.indexOf(family));
    expect(e.segment).toBe('disclosure');
  });

  it('a claim name that already exists at that level (plain, or disclosed twice)', async () => {
    let e = await failure(sdJwt({ given_name: 'Plain', _sd: [digest(given)] }, [given]));
    expect(e.code).toBe('ERR_SDJWT_CLAIM_EXISTS');
    expect(e.details).toMatchObject({ index: 0, pointer: '/given_name' });
    const again = disclosure(['YW5vdGhlcnNhbHRhbm90aA', 'given_name', 'Eve']);
    e = await failure(sdJwt({ address: { _sd: [digest(given), digest(again)] } }, [given, again]));
    expect(e.code).toBe('ERR_SDJWT_CLAIM_EXISTS');
    expect(e.details).toMatchObject({ index: 1, pointer: '/address/given_name' });
  });

  it('a Disclosure named "_sd" or "..."', async () => {
    for (const name of ['_sd', '...']) {
      const d = disclosure(['c2FsdHNhbHRzYWx0c2FsdA', name, ['x']]);
      const e = await failure(sdJwt({ _sd: [digest(d)] }, [d]));
      expect(e.code).toBe('ERR_SDJWT_RESERVED_NAME');
      expect(e.details).toMatchObject({ index: 0, name });
    }
  });

  it('malformed Disclosures, each at its offset', async () => {
    const cases: [string, RegExp][] = [
      ['not*base64url', /Invalid base64url/],
      [disclosure('["salt", "name", '), /Invalid JSON/],
      [disclosure({ salt: 's' } as unknown as string), /must be a JSON array/],
      [disclosure(['s', 'name', 'v', 'extra']), /has 4 elements/],
      [disclosure([1, 'name', 'v']), /salt must be a string/],
      [disclosure(['s', 7, 'v']), /claim name must be a string/],
      [disclosure('["s", "a", {"k": 1, "k": 2}]'), /Duplicate member name/],
    ];
    for (const [d, message] of cases) {
      const text = sdJwt({ _sd: [digest(d)] }, [given, d]);
      const e = await failure(text);
      expect(e.code, d).toBe('ERR_SDJWT_DISCLOSURE_MALFORMED');
      expect(e.message).toMatch(message);
      expect(e.message).toMatch(/^Disclosure 2/);
      expect(e.offset).toBeGreaterThanOrEqual(text.indexOf(d));
    }
    expect((await failure(`${jws(H, { _sd: [] }, issuer.priv)}~~`)).code).toBe('ERR_SDJWT_DISCLOSURE_MALFORMED');
  });

  it('a Disclosure of the wrong kind for where its digest is', async () => {
    let e = await failure(sdJwt({ _sd: [digest(de)] }, [de]));
    expect(e.code).toBe('ERR_SDJWT_DISCLOSURE_KIND');
    expect(e.message).toMatch(/\[salt, name, value\]/);
    e = await failure(sdJwt({ list: [{ '...': digest(given) }] }, [given]));
    expect(e.code).toBe('ERR_SDJWT_DISCLOSURE_KIND');
    expect(e.details).toMatchObject({ pointer: '/list/0' });
  });

  it('"_sd" must be an array of strings', async () => {
    expect((await failure(sdJwt({ _sd: 'abc' }, []))).code).toBe('ERR_SDJWT_DIGESTS_MALFORMED');
    expect((await failure(sdJwt({ a: { _sd: [1] } }, []))).code).toBe('ERR_SDJWT_DIGESTS_MALFORMED');
  });

  it('undisclosed array digests vanish; look-alikes stay as data with a finding; a nested "_sd_alg" is flagged', async () => {
    const r = await verifySdJwt(sdJwt({ list: [{ '...': digest('hidden') }, 'kept', { '...': digest(de), extra: 1 }], nested: { _sd_alg: 'sha-256' } }, []), await importKey(issuer.pub));
    expect(r.claims).toEqual({ list: ['kept', { '...': digest(de), extra: 1 }], nested: { _sd_alg: 'sha-256' } });
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['SDJWT_ELLIPSIS_MEMBER', 'SDJWT_NESTED_SD_ALG']));
    expect(r.tree.children!.find((c) => c.key === 'list')!.hidden).toBe(1);
  });

  it(`nesting through Disclosures is bounded (${MAX_PROCESSING_DEPTH} levels): ERR_LIMIT_EXCEEDED, not a stack overflow`, async () => {
    const chain: string[] = [];
    let next = disclosure(['c2FsdHNhbHRzYWx0c2FsdA', 'leaf', 1]);
    chain.push(next);
    for (let i = 0; i < MAX_PROCESSING_DEPTH + 5; i++) {
      next = disclosure([`s${i}`, 'n', { _sd: [digest(next)] }]);
      chain.push(next);
    }
    expect((await failure(sdJwt({ _sd: [digest(next)] }, chain))).code).toBe('ERR_LIMIT_EXCEEDED');
  });

  it('salts under 128 bits or used twice are findings', async () => {
    const a = disclosure(['short', 'a', 1]);
    const b = disclosure(['short', 'b', 2]);
    const r = await verifySdJwt(sdJwt({ _sd: [digest(a), digest(b)] }, [a, b]), await importKey(issuer.pub));
    expect(r.findings.filter((f) => f.code === 'SDJWT_SALT_SHORT')).toHaveLength(2);
    expect(r.findings.map((f) => f.code)).toContain('SDJWT_SALT_REUSED');
  });

  it('the processed claims are judged: an "exp" hidden in a Disclosure counts once disclosed', async () => {
    const exp = disclosure(['c2FsdHNhbHRzYWx0c2FsdA', 'exp', 1000]);
    const key = await importKey(issuer.pub);
    expect((await verifySdJwt(sdJwt({ _sd: [digest(exp)] }, [exp]), key)).findings.map((f) => f.code)).toContain('CLAIM_EXPIRED');
    expect((await verifySdJwt(sdJwt({ _sd: [digest(exp)] }, []), key)).findings.map((f) => f.code)).not.toContain('CLAIM_EXPIRED');
  });

  it('a failing Disclosure is marked in the trace', async () => {
    const trace = createTrace('verify');
    await expect(verifySdJwt(sdJwt({ _sd: [digest(given)] }, [given, family]), await importKey(issuer.pub), { trace })).rejects.toThrow();
    expect(trace.steps.find((s) => s.id === 'disclosure-1')).toMatchObject({ status: 'failed' });
  });
});

describe('RFC 9901 §7.3: the Key Binding JWT', () => {
  const payload = { iss: 'x', _sd: [digest(given)], cnf: { jwk: holder.pub } };
  const issued = sdJwt(payload, [given]);
  const policy = { kb: { required: true, aud: 'https://verifier.example', nonce: 'n1', maxAgeSeconds: 300 } };
  const kbFailure = async (kb: string, options: VerifySdJwtOptions = policy) => failure(issued + kb, options);

  it('a good KB-JWT passes every check (the baseline)', async () => {
    const r = await verifySdJwt(issued + kbJwt(issued, holder.priv), await importKey(issuer.pub), policy);
    expect(r.kb?.verified).toBe(true);
    expect(r.kb?.hashedText).toBe(issued);
  });

  it('typ must be "kb+jwt"; "alg" none is refused', async () => {
    expect((await kbFailure(kbJwt(issued, holder.priv, {}, { alg: 'ES256', typ: 'JWT' }))).code).toBe('ERR_SDJWT_KB_TYP');
    const none = `${Buffer.from('{"alg":"none","typ":"kb+jwt"}').toString('base64url')}.${kbJwt(issued, holder.priv).split('.')[1]}.`;
    const e = await kbFailure(none);
    expect(e.code).toBe('ERR_SDJWT_KB_SIGNATURE');
    expect(e.details).toMatchObject({ member: 'alg' });
  });

  it('iat: required, a number, not in the future, not older than maxAgeSeconds', async () => {
    expect((await kbFailure(kbJwt(issued, holder.priv, { iat: undefined }))).code).toBe('ERR_SDJWT_KB_IAT');
    expect((await kbFailure(kbJwt(issued, holder.priv, { iat: '1700000000' }))).code).toBe('ERR_SDJWT_KB_IAT');
    expect((await kbFailure(kbJwt(issued, holder.priv, { iat: Math.floor(Date.now() / 1000) + 3600 }))).code).toBe('ERR_SDJWT_KB_IAT');
    const old = kbJwt(issued, holder.priv, { iat: Math.floor(Date.now() / 1000) - 3600 });
    expect((await kbFailure(old)).code).toBe('ERR_SDJWT_KB_IAT');
    expect((await verifySdJwt(issued + old, await importKey(issuer.pub), { kb: { ...policy.kb, maxAgeSeconds: 7200 } })).kb?.verified).toBe(true);
  });

  it('aud and nonce: single strings, equal to the expected ones', async () => {
    expect((await kbFailure(kbJwt(issued, holder.priv, { aud: ['https://verifier.example'] }))).code).toBe('ERR_SDJWT_KB_AUD');
    expect((await kbFailure(kbJwt(issued, holder.priv, { nonce: 1 }))).code).toBe('ERR_SDJWT_KB_NONCE');
    const r = await verifySdJwt(issued + kbJwt(issued, holder.priv), await importKey(issuer.pub));
    expect(r.kb?.checks.find((c) => c.id === 'aud')).toMatchObject({ status: 'not-checked' });
  });

  it('sd_hash: present and over exactly the presented text', async () => {
    const e = await kbFailure(kbJwt(issued, holder.priv, { sd_hash: undefined }));
    expect(e.code).toBe('ERR_SDJWT_KB_SD_HASH');
    expect(e.details).toMatchObject({ member: 'sd_hash' });
    // Each check is in details.checks: the others passed.
    expect((e.details!.checks as { id: string; status: string }[]).filter((c) => c.status === 'failed').map((c) => c.id)).toEqual(['sd_hash']);
    expect((await kbFailure(kbJwt(`${issued}x`, holder.priv))).code).toBe('ERR_SDJWT_KB_SD_HASH');
  });

  it('the holder key: from cnf.jwk; a signature by another key, no cnf, or an unusable cnf fails', async () => {
    expect((await kbFailure(kbJwt(issued, keyPair().priv))).code).toBe('ERR_SDJWT_KB_SIGNATURE');
    const noCnf = sdJwt({ _sd: [digest(given)] }, [given]);
    const e = await failure(noCnf + kbJwt(noCnf, holder.priv), policy);
    expect(e.code).toBe('ERR_SDJWT_KB_KEY');
    expect(e.message).toMatch(/no "cnf"/);
    const privateCnf = sdJwt({ _sd: [digest(given)], cnf: { jwk: holder.priv } }, [given]);
    expect((await failure(privateCnf + kbJwt(privateCnf, holder.priv), policy)).code).toBe('ERR_SDJWT_KB_KEY');
  });

  it('cnf.jkt with the holder key given by the verifier', async () => {
    const holderKey = await importKey(holder.pub);
    const { thumbprint } = await import('../jwk/thumbprint.ts');
    const byRef = sdJwt({ _sd: [digest(given)], cnf: { jkt: await thumbprint(holderKey as never) } }, [given]);
    const r = await verifySdJwt(byRef + kbJwt(byRef, holder.priv), await importKey(issuer.pub), { kb: { ...policy.kb, holderKey } });
    expect(r.kb?.verified).toBe(true);
    const other = await importKey(keyPair().pub);
    expect((await failure(byRef + kbJwt(byRef, holder.priv), { kb: { ...policy.kb, holderKey: other } })).code).toBe('ERR_SDJWT_KB_KEY');
  });

  it('required but absent; not a JWT at all', async () => {
    expect((await kbFailure('')).code).toBe('ERR_SDJWT_KB_REQUIRED');
    expect((await kbFailure('abc.def')).code).toBe('ERR_SDJWT_KB_MALFORMED');
    expect((await kbFailure('e30.e30.e30.e30')).code).toBe('ERR_SDJWT_KB_MALFORMED');
  });

  it('decodeSdJwt keeps KB failures as checks instead of throwing', async () => {
    const r = await decodeSdJwt(issued + kbJwt(issued, holder.priv, { nonce: 'other' }), policy);
    expect(r.kb?.checks.find((c) => c.id === 'nonce')).toMatchObject({ status: 'failed', message: expect.stringContaining('expected "n1"') });
    expect(r.kb?.verified).toBe(false);
  });
});

describe('RFC 9901 §8 JSON serialization rules', () => {
  const flattened = (header: object, payload = { _sd: [digest(given)] }) => {
    const [p, b, s] = jws(H, payload, issuer.priv).split('.');
    return JSON.stringify({ payload: b, protected: p, signature: s, header });
  };

  it('"disclosures" must be an array of strings; only the first signature may carry it', async () => {
    expect((await failure(flattened({ disclosures: given }))).code).toBe('ERR_SDJWT_MALFORMED');
    expect((await failure(flattened({ disclosures: [given], kb_jwt: 5 }))).code).toBe('ERR_SDJWT_MALFORMED');
    const [p, b, s] = jws(H, { _sd: [digest(given)] }, issuer.priv).split('.');
    const general = { payload: b, signatures: [{ protected: p, signature: s }, { protected: p, signature: s, header: { disclosures: [given] } }] };
    expect((await failure(JSON.stringify(general))).code).toBe('ERR_SDJWT_MALFORMED');
    expect((await verifySdJwt(flattened({ disclosures: [given] }), await importKey(issuer.pub))).claims).toEqual({ given_name: 'Erika' });
  });
});

describe('SD-JWT VC (draft-ietf-oauth-sd-jwt-vc)', () => {
  const VC = { alg: 'ES256', typ: 'dc+sd-jwt' };

  it('"vct" is required, and must not be selectively disclosed; nor may iss, exp, cnf, status', async () => {
    let e = await failure(sdJwt({ iss: 'x', _sd: [digest(given)] }, [given], VC));
    expect(e.code).toBe('ERR_SDJWT_VC_INVALID');
    expect(e.details).toMatchObject({ check: 'vct' });
    const vct = disclosure(['c2FsdHNhbHRzYWx0c2FsdA', 'vct', 'urn:example:pid']);
    e = await failure(sdJwt({ _sd: [digest(vct)] }, [vct], VC));
    expect(e.details).toMatchObject({ check: 'not-disclosable:vct' });
    const exp = disclosure(['c2FsdHNhbHRzYWx0c2FsdA', 'exp', 4000000000]);
    expect((await failure(sdJwt({ vct: 'urn:example:pid', _sd: [digest(exp)] }, [exp], VC))).details).toMatchObject({ check: 'not-disclosable:exp' });
    expect((await failure(sdJwt({ vct: 'urn:example:pid', status: { status_list: { idx: -1, uri: 'https://s.example' } } }, [], VC))).details).toMatchObject({ check: 'status' });
  });

  it('a good SD-JWT VC passes; the old "vc+sd-jwt" is a finding', async () => {
    const key = await importKey(issuer.pub);
    const good = await verifySdJwt(sdJwt({ vct: 'urn:example:pid', iss: 'x', status: { status_list: { idx: 3, uri: 'https://s.example/1' } }, _sd: [digest(given)] }, [given], VC), key);
    expect(good.vc).toMatchObject({ typ: 'dc+sd-jwt', vct: 'urn:example:pid', status: { status_list: { idx: 3 } } });
    const old = await verifySdJwt(sdJwt({ vct: 'urn:example:pid' }, [], { alg: 'ES256', typ: 'vc+sd-jwt' }), key);
    expect(old.findings.map((f) => f.code)).toContain('SDJWT_VC_LEGACY_TYP');
  });
});
