/**
 * ML-DSA-44/65/87 JWS (RFC 9964) with @noble/post-quantum called directly as the oracle: the RFC's
 * examples verify and their kids are the AKP thumbprints; JOSE Lab's tokens verify with noble over a
 * signing input built here by hand, and noble's tokens verify in JOSE Lab; one flipped byte of header,
 * payload or signature fails; a key of another parameter set fails with ERR_KEY_MISMATCH; sizes are
 * checked before any crypto. (Node 20 has no ML-DSA in Web Crypto, so JOSE Lab runs noble here too:
 * e2e/engine-pq.spec.ts runs the same checks on Chromium's own ML-DSA.)
 */
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import * as panva from 'jose';
import { describe, expect, it } from 'vitest';
import { base64urlDecode, base64urlEncode } from '../../src/jose/lib/base64url.ts';
import { fromHex, utf8Encode } from '../../src/jose/lib/bytes.ts';
import { ML_DSA_INFO, type MlDsaAlg } from '../../src/jose/lib/registry.ts';
import { createTrace } from '../../src/jose/lib/trace.ts';
import { exportJwk } from '../../src/jose/jwk/export.ts';
import { generateKey, type GeneratedKey } from '../../src/jose/jwk/generate.ts';
import { thumbprint } from '../../src/jose/jwk/thumbprint.ts';
import type { JoseKey } from '../../src/jose/jwk/types.ts';
import { sign } from '../../src/jose/jws/sign.ts';
import { verify } from '../../src/jose/jws/verify.ts';
import { serializeCompact } from '../../src/jose/serialize/compact.ts';
import { serializeJson } from '../../src/jose/serialize/json.ts';
import { jwk, rejection, vector } from './helpers.ts';

const NOBLE = { 'ML-DSA-44': ml_dsa44, 'ML-DSA-65': ml_dsa65, 'ML-DSA-87': ml_dsa87 } as const;
const ALGS = Object.keys(NOBLE) as MlDsaAlg[];
type Pair = Extract<GeneratedKey, { kind: 'pair' }>;

interface Example {
  priv: string;
  jwk: { kid: string; kty: 'AKP'; alg: MlDsaAlg; pub: string; priv: string };
  jws: string;
  raw_to_be_signed: string;
  raw_signature: string;
  raw_public_key: string;
}
const example = (alg: MlDsaAlg) => vector<Example>(`rfc9964/${alg.replace(/-/g, '_')}.jose.json`);

/** Flips one bit of one byte of a decoded segment, keeping the token well-formed. */
function flip(token: string, segment: 0 | 1 | 2, at: (length: number) => number): string {
  const parts = token.split('.');
  const bytes = base64urlDecode(parts[segment]!);
  bytes[at(bytes.length)]! ^= 0x01;
  parts[segment] = base64urlEncode(bytes);
  return parts.join('.');
}

describe('RFC 9964 examples', () => {
  for (const alg of ALGS) {
    it(`${alg}: the example JWS verifies, its kid is the thumbprint over alg, kty, pub`, async () => {
      const ex = example(alg);
      const [h, p, s] = ex.jws.split('.') as [string, string, string];
      // The oracle first: the vector is what the RFC says it is.
      expect(NOBLE[alg].verify(base64urlDecode(s), utf8Encode(`${h}.${p}`), base64urlDecode(ex.jwk.pub))).toBe(true);
      expect(utf8Encode(`${h}.${p}`)).toEqual(fromHex(ex.raw_to_be_signed));
      expect(base64urlDecode(s)).toEqual(fromHex(ex.raw_signature));
      expect(base64urlDecode(ex.jwk.priv)).toEqual(fromHex(ex.priv));

      const priv = await jwk(ex.jwk);
      expect(priv.type).toBe('private');
      const pub = await jwk(exportJwk(priv));
      expect(exportJwk(priv)).toEqual({ kty: 'AKP', alg, pub: ex.jwk.pub, kid: ex.jwk.kid });
      const result = await verify(ex.jws, pub);
      expect(result.alg).toBe(alg);
      expect(result.header).toEqual({ alg, kid: ex.jwk.kid });
      expect(result.text).toBe('It’s a dangerous business, Frodo, going out your door.');
      expect(base64urlDecode(ex.jwk.pub)).toEqual(fromHex(ex.raw_public_key));
      expect(await thumbprint(pub)).toBe(ex.jwk.kid);
      expect(await thumbprint(priv)).toBe(ex.jwk.kid);
      // panva jose computes AKP thumbprints too (its signing needs Web Crypto ML-DSA, which Node 20 lacks).
      expect(await panva.calculateJwkThumbprint({ kty: 'AKP', alg, pub: ex.jwk.pub } as panva.JWK)).toBe(ex.jwk.kid);
    });
  }

  it('a private JWK without "pub" gets it computed from the seed, and a wrong "pub" is refused', async () => {
    const ex = example('ML-DSA-44');
    const seedOnly = (await jwk({ kty: 'AKP', alg: 'ML-DSA-44', priv: ex.jwk.priv })) as JoseKey;
    expect(seedOnly.jwk.pub).toBe(ex.jwk.pub);
    expect(seedOnly.findings.map((f) => f.code)).toContain('AKP_PUB_COMPUTED');
    const other = ml_dsa44.keygen(new Uint8Array(32).fill(7)).publicKey;
    const e = await rejection(jwk({ ...ex.jwk, pub: base64urlEncode(other) }));
    expect(e.code).toBe('ERR_KEY_INVALID');
    expect(e.message).toMatch(/does not belong to its seed/);
  });
});

describe('JOSE Lab and @noble/post-quantum, both ways', () => {
  for (const alg of ALGS) {
    it(`${alg}: JOSE Lab signs (compact, flattened, general), noble verifies a hand-built signing input`, async () => {
      const g = (await generateKey(alg)) as Pair;
      const pub = base64urlDecode(String(g.publicKey.jwk.pub));
      // The public key belongs to the seed: noble derives the same one.
      expect(NOBLE[alg].keygen(base64urlDecode(String(g.privateKey.jwk.priv))).publicKey).toEqual(pub);
      const jws = await sign({ sub: 'alice' }, g.privateKey, { alg, header: { typ: 'JWT', kid: g.privateKey.kid! } });
      const token = serializeCompact(jws);
      const [h, p, s] = token.split('.') as [string, string, string];
      expect(JSON.parse(new TextDecoder().decode(base64urlDecode(h)))).toEqual({ alg, typ: 'JWT', kid: g.privateKey.kid });
      expect(base64urlDecode(s).length).toBe(ML_DSA_INFO[alg].signatureBytes);
      expect(NOBLE[alg].verify(base64urlDecode(s), utf8Encode(`${h}.${p}`), pub)).toBe(true);
      // A non-empty context is a different message: JOSE Lab must have signed with the empty one.
      expect(NOBLE[alg].verify(base64urlDecode(s), utf8Encode(`${h}.${p}`), pub, { context: new Uint8Array([0]) })).toBe(false);
      for (const flattened of [true, false]) {
        const json = JSON.parse(serializeJson(jws, { flattened })) as { payload: string; protected?: string; signature?: string; signatures?: { protected: string; signature: string }[] };
        const sig = flattened ? json : json.signatures![0]!;
        expect(NOBLE[alg].verify(base64urlDecode(sig.signature!), utf8Encode(`${sig.protected}.${json.payload}`), pub)).toBe(true);
        expect((await verify(JSON.stringify(json), g.publicKey)).claims).toEqual({ sub: 'alice' });
      }
    });

    it(`${alg}: noble signs over a hand-built signing input, JOSE Lab verifies; one flipped byte anywhere fails`, async () => {
      const seed = crypto.getRandomValues(new Uint8Array(32));
      const keys = NOBLE[alg].keygen(seed);
      const header = base64urlEncode(utf8Encode(JSON.stringify({ alg, kid: 'noble' })));
      const payload = base64urlEncode(utf8Encode(JSON.stringify({ iss: 'noble', n: 1 })));
      const signature = NOBLE[alg].sign(utf8Encode(`${header}.${payload}`), keys.secretKey);
      const token = `${header}.${payload}.${base64urlEncode(signature)}`;
      const pub = await jwk({ kty: 'AKP', alg, pub: base64urlEncode(keys.publicKey) });
      expect((await verify(token, pub)).claims).toEqual({ iss: 'noble', n: 1 });
      // The seed imported into JOSE Lab signs tokens noble accepts: same key, same algorithm.
      const priv = await jwk({ kty: 'AKP', alg, pub: base64urlEncode(keys.publicKey), priv: base64urlEncode(seed) });
      const [h2, p2, s2] = serializeCompact(await sign('x', priv, { alg })).split('.') as [string, string, string];
      expect(NOBLE[alg].verify(base64urlDecode(s2), utf8Encode(`${h2}.${p2}`), keys.publicKey)).toBe(true);

      // "kid":"noble" -> "kid":"nobld" (e ^ 1): still valid JSON, a different header.
      const tampered = [
        flip(token, 0, (n) => n - 3),
        flip(token, 1, (n) => n - 2),
        flip(token, 2, (n) => Math.floor(n / 2)),
        flip(token, 2, () => 0),
      ];
      expect(new TextDecoder().decode(base64urlDecode(tampered[0]!.split('.')[0]!))).toContain('"kid":"nobld"');
      for (const t of tampered) expect((await rejection(verify(t, pub))).code, t.slice(0, 40)).toBe('ERR_SIGNATURE_INVALID');
    });
  }
});

describe('parameter sets and sizes', () => {
  it('a key of another parameter set is ERR_KEY_MISMATCH, for verify and for sign, with the reason', async () => {
    const k44 = (await generateKey('ML-DSA-44')) as Pair;
    const k65 = (await generateKey('ML-DSA-65')) as Pair;
    const token65 = serializeCompact(await sign('hello', k65.privateKey, { alg: 'ML-DSA-65' }));
    const bare44 = await jwk(exportJwk(k44.publicKey));
    for (const key of [k44.publicKey, bare44]) {
      const e = await rejection(verify(token65, key));
      expect(e.code).toBe('ERR_KEY_MISMATCH');
      expect(e.message).toMatch(/This is an ML-DSA-44 public key; ML-DSA-65 needs an ML-DSA-65 key/);
    }
    const e = await rejection(sign('hello', k44.privateKey, { alg: 'ML-DSA-87' }));
    expect(e.code).toBe('ERR_KEY_MISMATCH');
    // In a set, the key of the right parameter set is found.
    const set = await jwk({ keys: [exportJwk(k44.publicKey), exportJwk(k65.publicKey)] });
    expect((await verify(token65, set)).key.alg).toBe('ML-DSA-65');
    // A public key cannot sign; an EC key is not an ML-DSA key.
    expect((await rejection(sign('x', k44.publicKey, { alg: 'ML-DSA-44' }))).code).toBe('ERR_KEY_MISMATCH');
    const ec = (await generateKey('ES256')) as Pair;
    expect((await rejection(verify(token65, ec.publicKey))).message).toMatch(/ML-DSA-65 needs an ML-DSA-65 key \(kty AKP/);
  });

  for (const alg of ALGS) {
    it(`${alg}: a signature one byte short or long is refused before any crypto, naming ${ML_DSA_INFO[alg].signatureBytes} bytes`, async () => {
      const g = (await generateKey(alg)) as Pair;
      const [h, p, s] = serializeCompact(await sign('sized', g.privateKey, { alg })).split('.') as [string, string, string];
      const sig = base64urlDecode(s);
      const expected = ML_DSA_INFO[alg].signatureBytes;
      for (const wrong of [sig.slice(0, -1), new Uint8Array([...sig, 0])]) {
        const trace = createTrace('verify');
        const e = await rejection(verify(`${h}.${p}.${base64urlEncode(wrong)}`, g.publicKey, { trace }));
        expect(e.code).toBe('ERR_SIGNATURE_INVALID');
        expect(e.message).toBe(`The ${alg} signature is ${wrong.length} bytes; it must be exactly ${expected} (FIPS 204 Table 2)`);
        expect(e.details).toEqual({ expectedLength: expected, length: wrong.length });
        // The ML-DSA step (the crypto) never started.
        expect(trace.steps.map((st) => st.id)).not.toContain('digest');
      }
    });
  }

  it('public key and seed sizes are checked on import, each error naming the size expected', async () => {
    const { pub, priv } = example('ML-DSA-65').jwk;
    const cases: [object, RegExp][] = [
      [{ kty: 'AKP', alg: 'ML-DSA-65', pub: base64urlEncode(base64urlDecode(pub).slice(1)) }, /"pub" is 1951 bytes; it must be exactly 1952/],
      [{ kty: 'AKP', alg: 'ML-DSA-44', pub }, /The ML-DSA-44 public key "pub" is 1952 bytes; it must be exactly 1312/],
      [{ kty: 'AKP', alg: 'ML-DSA-65', pub, priv: base64urlEncode(new Uint8Array(31)) }, /"priv" is 31 bytes; RFC 9964 makes it the 32-byte seed/],
      [{ kty: 'AKP', alg: 'ML-DSA-65', pub, priv: base64urlEncode(new Uint8Array(4032)) }, /4032 bytes is the expanded private key/],
      [{ kty: 'AKP', pub }, /has no "alg"; RFC 9964 requires it/],
      [{ kty: 'AKP', alg: 'SLH-DSA-SHA2-128s', pub }, /reads AKP keys for ML-DSA-44, ML-DSA-65 and ML-DSA-87/],
      [{ kty: 'AKP', alg: 'ML-DSA-65' }, /missing its "pub" member/],
      [{ kty: 'AKP', alg: 'ML-DSA-65', pub: `${pub}=` }, /"pub" is not valid base64url/],
    ];
    for (const [value, message] of cases) {
      const e = await rejection(jwk(value));
      expect(e.code).toBe('ERR_KEY_INVALID');
      expect(e.message).toMatch(message);
    }
    expect(priv).toBe('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  });

  it('sign and verify traces show the pure-mode message, the empty context, the signature size and the backend', async () => {
    const g = (await generateKey('ML-DSA-87')) as Pair;
    const trace = createTrace('sign');
    const token = serializeCompact(await sign('teach', g.privateKey, { alg: 'ML-DSA-87', trace }));
    const step = trace.steps.find((st) => st.id === 'digest')!;
    const value = (name: string) => step.values.find((v) => v.name === name)!;
    expect(step.ref).toBe('RFC 9964');
    expect(value('parameterSet').text).toBe('ML-DSA-87');
    expect(value('context').text).toMatch(/^empty/);
    expect(value('signatureSize').text).toBe('4627 bytes (FIPS 204 Table 2)');
    expect(value('backend').text).toBe('@noble/post-quantum');
    const signingInput = utf8Encode(token.split('.').slice(0, 2).join('.'));
    expect(value('message').bytes).toEqual(signingInput);
    expect(value('message.formatted').bytes).toEqual(new Uint8Array([0, 0, ...signingInput]));
    const vtrace = createTrace('verify');
    await verify(token, g.publicKey, { trace: vtrace });
    expect(vtrace.steps.find((st) => st.id === 'signature')).toMatchObject({ status: 'ok' });
    expect(vtrace.steps.at(-1)).toMatchObject({ id: 'verdict', status: 'ok' });
  });
});
