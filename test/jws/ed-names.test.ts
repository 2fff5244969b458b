/**
 * RFC 9864's fully-specified "Ed25519" and "Ed448" beside RFC 8037's "EdDSA", which it deprecates:
 * interop with panva `jose` (which accepts "Ed25519") both ways, node:crypto as the oracle for Ed448
 * (panva v6 has none), the curve bound by the alg, and inspect's info finding on "EdDSA".
 */
import { generateKeyPairSync, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import * as panva from 'jose';
import { describe, expect, it } from 'vitest';
import { base64urlDecode, base64urlEncode } from '../../src/jose/lib/base64url.ts';
import { utf8Encode } from '../../src/jose/lib/bytes.ts';
import { classifyHeader } from '../../src/jose/lib/classify-header.ts';
import { createTrace } from '../../src/jose/lib/trace.ts';
import { inspect } from '../../src/jose/inspect/inspect.ts';
import { generateKey, type GeneratedKey } from '../../src/jose/jwk/generate.ts';
import type { Jwk } from '../../src/jose/jwk/types.ts';
import { sign } from '../../src/jose/jws/sign.ts';
import { verify } from '../../src/jose/jws/verify.ts';
import { serializeCompact } from '../../src/jose/serialize/compact.ts';
import { jwk, rejection, vector } from './helpers.ts';

const nodePair = (type: 'ed25519' | 'ed448') => {
  const kp = generateKeyPairSync(type as 'ed25519');
  return { priv: kp.privateKey.export({ format: 'jwk' }) as Jwk, pub: kp.publicKey.export({ format: 'jwk' }) as Jwk, node: kp };
};
const signingInput = (token: string) => Buffer.from(token.split('.').slice(0, 2).join('.'));

describe('"Ed25519" with panva jose', () => {
  it('JOSE Lab signs "Ed25519", panva verifies it (and only as Ed25519); panva signs, JOSE Lab verifies', async () => {
    const { priv, pub } = nodePair('ed25519');
    const token = serializeCompact(await sign({ sub: 'alice' }, await jwk(priv), { alg: 'Ed25519' }));
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())).toEqual({ alg: 'Ed25519' });
    const theirs = await panva.compactVerify(token, await panva.importJWK(pub as panva.JWK, 'Ed25519'), { algorithms: ['Ed25519'] });
    expect(JSON.parse(new TextDecoder().decode(theirs.payload))).toEqual({ sub: 'alice' });
    await expect(panva.compactVerify(token, await panva.importJWK(pub as panva.JWK, 'Ed25519'), { algorithms: ['EdDSA'] })).rejects.toThrow();

    const panvaToken = await new panva.CompactSign(utf8Encode('{"iss":"panva"}')).setProtectedHeader({ alg: 'Ed25519' }).sign(await panva.importJWK(priv as panva.JWK, 'Ed25519'));
    const ours = await verify(panvaToken, await jwk(pub));
    expect(ours.alg).toBe('Ed25519');
    expect(ours.claims).toEqual({ iss: 'panva' });
    expect((await rejection(verify(panvaToken, await jwk(pub), { algorithms: ['EdDSA'] }))).code).toBe('ERR_ALG_NOT_ALLOWED');
    const sig = base64urlDecode(panvaToken.split('.')[2]!);
    sig[10]! ^= 1;
    const [h, p] = panvaToken.split('.');
    expect((await rejection(verify(`${h}.${p}.${base64urlEncode(sig)}`, await jwk(pub)))).code).toBe('ERR_SIGNATURE_INVALID');
  });

  it('the RFC 8037 A.1 key signs the A.4 payload under "Ed25519" exactly as node:crypto does (Ed25519 is deterministic)', async () => {
    const v = vector('rfc-appendix/rfc8037-A.4-A.5-Ed25519-JWS.json');
    const token = serializeCompact(await sign(v.payload, await jwk(v.key), { alg: 'Ed25519' }));
    expect(token.split('.')[0]).toBe(base64urlEncode(utf8Encode('{"alg":"Ed25519"}')));
    const { createPrivateKey } = await import('node:crypto');
    const expected = nodeSign(null, signingInput(token), createPrivateKey({ key: v.key, format: 'jwk' }));
    expect(Buffer.from(base64urlDecode(token.split('.')[2]!))).toEqual(expected);
  });
});

describe('"Ed448" with node:crypto as the oracle', () => {
  it('JOSE Lab signs "Ed448", node verifies; node signs under "Ed448", JOSE Lab verifies', async () => {
    const { priv, pub, node } = nodePair('ed448');
    const trace = createTrace('sign');
    const token = serializeCompact(await sign('hi', await jwk(priv), { alg: 'Ed448', trace }));
    expect(trace.steps.find((s) => s.id === 'digest')?.ref).toBe('RFC 9864 §2.2');
    expect(nodeVerify(null, signingInput(token), node.publicKey, Buffer.from(base64urlDecode(token.split('.')[2]!)))).toBe(true);
    const header = base64urlEncode(utf8Encode('{"alg":"Ed448","kid":"n"}'));
    const payload = base64urlEncode(utf8Encode('{"n":1}'));
    const nodeToken = `${header}.${payload}.${base64urlEncode(nodeSign(null, Buffer.from(`${header}.${payload}`), node.privateKey))}`;
    expect((await verify(nodeToken, await jwk(pub))).claims).toEqual({ n: 1 });
  });
});

describe('the alg names the curve', () => {
  it('an Ed448 key cannot verify or sign "Ed25519" (and back); a key bound to "EdDSA" is not an "Ed25519" key', async () => {
    const ed25519 = nodePair('ed25519');
    const ed448 = nodePair('ed448');
    const token = serializeCompact(await sign('x', await jwk(ed25519.priv), { alg: 'Ed25519' }));
    const e = await rejection(verify(token, await jwk(ed448.pub)));
    expect(e.code).toBe('ERR_KEY_MISMATCH');
    expect(e.message).toBe('This is an Ed448 public key; Ed25519 needs an Ed25519 key (kty OKP)');
    expect((await rejection(sign('x', await jwk(ed25519.priv), { alg: 'Ed448' }))).message).toBe('This is an Ed25519 private key; Ed448 needs an Ed448 key (kty OKP)');
    const bound = await rejection(verify(token, await jwk({ ...ed25519.pub, alg: 'EdDSA' })));
    expect(bound.code).toBe('ERR_KEY_MISMATCH');
    // "EdDSA" still takes either curve.
    const legacy = serializeCompact(await sign('x', await jwk(ed448.priv), { alg: 'EdDSA' }));
    expect((await verify(legacy, await jwk(ed448.pub))).alg).toBe('EdDSA');
  });

  it('generateKey: "Ed448" makes an Ed448 key, "Ed25519" refuses another curve', async () => {
    const g = (await generateKey('Ed448')) as Extract<GeneratedKey, { kind: 'pair' }>;
    expect(g.privateKey.crv).toBe('Ed448');
    expect(g.privateKey.jwk.alg).toBe('Ed448');
    expect((await rejection(generateKey('Ed25519', { crv: 'Ed448' }))).message).toMatch(/Ed25519 keys are Ed25519, not Ed448/);
    expect(((await generateKey('Ed25519')) as Extract<GeneratedKey, { kind: 'pair' }>).privateKey.crv).toBe('Ed25519');
  });
});

describe('inspect: "EdDSA" is deprecated by RFC 9864', () => {
  it('an "EdDSA" token gets an info finding citing RFC 9864; "Ed25519" and ML-DSA tokens do not', async () => {
    const v = vector('rfc-appendix/rfc8037-A.4-A.5-Ed25519-JWS.json');
    const finding = inspect(v.expected.compact).findings.find((f) => f.code === 'ALG_EDDSA_DEPRECATED');
    expect(finding).toMatchObject({ severity: 'info', segment: 'header', ref: { label: 'RFC 9864 §2.2', url: 'https://www.rfc-editor.org/rfc/rfc9864#section-2.2' } });
    expect(finding!.message).toMatch(/"Ed25519" and "Ed448"/);
    // verify reports it too, next to a good signature.
    expect((await verify(v.expected.compact, await jwk(v.key))).findings.map((f) => f.code)).toContain('ALG_EDDSA_DEPRECATED');
    const modern = serializeCompact(await sign(v.payload, await jwk(v.key), { alg: 'Ed25519' }));
    const codes = inspect(modern).findings.map((f) => f.code);
    expect(codes).not.toContain('ALG_EDDSA_DEPRECATED');
    expect(codes).not.toContain('ALG_UNKNOWN');
    const mldsa = vector('rfc9964/ML_DSA_44.jose.json').jws as string;
    expect(inspect(mldsa).findings.map((f) => f.code)).not.toContain('ALG_UNKNOWN');
    expect(classifyHeader({ alg: 'ML-DSA-87' }).kind).toBe('JWS');
    expect(classifyHeader({ alg: 'Ed448' }).kind).toBe('JWS');
  });
});
