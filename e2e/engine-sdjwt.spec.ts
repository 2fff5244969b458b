import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { evaluateStable, openEngine } from './engine-harness.ts';
import { sdJwtOracle } from '../test/sd-jwt/oracle.ts';
import { referenceCases } from '../test/sd-jwt/reference-specs.ts';

/**
 * SD-JWT (RFC 9901) inside Chromium, on its own Web Crypto (and @noble where Chromium lacks the
 * curve): RFC 9901's printed presentations verify to the printed payloads; every JWS alg issues,
 * presents and verifies an SD-JWT+KB, and @sd-jwt/core (in Node, on node:crypto) verifies what the
 * page made; what @sd-jwt/core issues and presents, the page verifies to the same claims; the
 * reference implementation's examples run in the page; tampering is refused with its code.
 */
type Jwk = Record<string, unknown>;
const rfc = JSON.parse(readFileSync(new URL('../test/vectors/sd-jwt/rfc9901/rfc9901-examples.json', import.meta.url), 'utf8'));
const AUD = 'https://verifier.example';
const NONCE = 'nonce-8KiKSnJ2';

function keysFor(name: string): { priv: Jwk; pub: Jwk } {
  if (name === 'ML-DSA-44') {
    const seed = randomBytes(32);
    const pub = { kty: 'AKP', alg: name, pub: Buffer.from(ml_dsa44.keygen(seed).publicKey).toString('base64url') };
    return { priv: { ...pub, priv: seed.toString('base64url') }, pub };
  }
  const kp =
    name === 'ES256' ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
    : name === 'ES384' ? generateKeyPairSync('ec', { namedCurve: 'P-384' })
    : name === 'ES512' ? generateKeyPairSync('ec', { namedCurve: 'P-521' })
    : name === 'ES256K' ? generateKeyPairSync('ec', { namedCurve: 'secp256k1' })
    : name === 'Ed448' ? generateKeyPairSync('ed448')
    : name === 'Ed25519' ? generateKeyPairSync('ed25519')
    : generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { priv: kp.privateKey.export({ format: 'jwk' }) as Jwk, pub: kp.publicKey.export({ format: 'jwk' }) as Jwk };
}

test('RFC 9901 printed presentations verify in Chromium to the printed Processed SD-JWT Payloads', async ({ page }) => {
  await openEngine(page);
  const cases = [
    ...rfc.tokens.filter((t: { kind: string }) => t.kind === 'presentation').map((t: { section: string; text: string; keyBinding: boolean }) => ({ id: t.section, text: t.text, kb: t.keyBinding })),
    { id: '8.3', text: JSON.stringify(rfc.jsonSerialized[2].json), kb: true },
  ];
  const out = await evaluateStable(page, async ({ cases, key, policy }) => {
    const path = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ path);
    const issuerKey = await jose.importKey(key);
    const results: Record<string, unknown> = {};
    for (const c of cases) {
      const r = await jose.verifySdJwt(c.text, issuerKey, { kb: { ...policy, required: c.kb } });
      results[c.id] = { claims: r.claims, kb: r.kb ? r.kb.verified : 'none' };
    }
    const inspected = jose.inspect(cases[0].text);
    return { results, kind: inspected.kind, disclosures: inspected.sdJwt?.disclosures.length };
  }, { cases, key: rfc.issuerPublicKey, policy: rfc.keyBinding });
  for (const t of rfc.tokens.filter((x: { kind: string }) => x.kind === 'presentation')) {
    expect(out.results[t.section], t.section).toEqual({ claims: t.processed, kb: t.keyBinding ? true : 'none' });
  }
  expect(out.results['8.3']).toMatchObject({ claims: { given_name: 'John', family_name: 'Doe' }, kb: true });
  expect(out).toMatchObject({ kind: 'SD-JWT', disclosures: 4 });
});

const ALGS = [
  { name: 'ES256', alg: 'ES256' },
  { name: 'ES384', alg: 'ES384' },
  { name: 'ES512', alg: 'ES512' },
  { name: 'ES256K', alg: 'ES256K' },
  { name: 'Ed25519', alg: 'Ed25519' },
  { name: 'Ed448', alg: 'EdDSA' },
  { name: 'RS256', alg: 'RS256' },
  { name: 'PS256', alg: 'PS256' },
  { name: 'ML-DSA-44', alg: 'ML-DSA-44' },
];
const SD_ALGS = ['sha-256', 'sha-384', 'sha-512'];

test('every JWS alg issues, presents and verifies an SD-JWT+KB in Chromium; @sd-jwt/core agrees', async ({ page }) => {
  await openEngine(page);
  const cases = ALGS.map((a, i) => ({ ...a, sdAlg: SD_ALGS[i % 3], issuer: keysFor(a.name), holder: keysFor(ALGS[(i + 3) % ALGS.length]!.name), holderAlg: ALGS[(i + 3) % ALGS.length]!.alg }));
  const claims = { iss: 'https://issuer.example', vct: 'urn:example:pid', given_name: 'Erika', address: { locality: 'Köln', country: 'DE' }, nationalities: ['DE', 'FR'] };
  const out = await evaluateStable(page, async ({ cases, claims, AUD, NONCE }) => {
    const path = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ path);
    const codeOf = (p: Promise<unknown>) => p.then(() => 'verified', (e: { name?: string; code?: string }) => (e?.name === 'JoseError' ? e.code : `NOT A JoseError: ${String(e)}`));
    /** The same Disclosure with another value: well formed, but its digest is in no "_sd". */
    const forge = (d: string) => {
      const content = JSON.parse(new TextDecoder().decode(jose.base64urlDecode(d)));
      content[content.length - 1] = 'Mallory';
      return jose.base64urlEncode(new TextEncoder().encode(JSON.stringify(content)));
    };
    const results: Record<string, unknown> = {};
    for (const c of cases) {
      try {
        const issuerKey = await jose.importKey(c.issuer.priv);
        const sdJwt = await jose.issueSdJwt(claims, issuerKey, { alg: c.alg, sdAlg: c.sdAlg, disclose: ['/given_name', '/address', '/address/locality', '/nationalities/1'], decoys: 1, holderKey: await jose.importKey(c.holder.pub), header: { typ: 'dc+sd-jwt' } });
        const presentation = await jose.presentSdJwt(sdJwt, { disclose: ['/address/locality', '/nationalities/1'], holderKey: await jose.importKey(c.holder.priv), alg: c.holderAlg, aud: AUD, nonce: NONCE });
        const pub = await jose.importKey(c.issuer.pub);
        const policy = { kb: { required: true, aud: AUD, nonce: NONCE, maxAgeSeconds: 120 } };
        const trace = jose.createTrace('verify');
        const r = await jose.verifySdJwt(presentation, pub, { ...policy, trace });
        const parts = presentation.split('~');
        results[c.name] = {
          presentation,
          claims: r.claims,
          kb: r.kb.verified,
          steps: trace.steps.filter((s: { id: string }) => s.id.startsWith('disclosure-')).length,
          swapped: await codeOf(jose.verifySdJwt([parts[0], parts[2], parts[1], ...parts.slice(3)].join('~'), pub, policy)),
          forged: await codeOf(jose.verifySdJwt([parts[0], forge(parts[1]), ...parts.slice(2)].join('~'), pub, policy)),
          noKb: await codeOf(jose.verifySdJwt(parts.slice(0, -1).join('~') + '~', pub, policy)),
        };
      } catch (error) {
        results[c.name] = `threw ${String(error)}`;
      }
    }
    return results;
  }, { cases, claims, AUD, NONCE });
  for (const c of cases) {
    const r = out[c.name] as { presentation: string; claims: Record<string, unknown>; kb: boolean; steps: number; swapped: string; forged: string; noKb: string };
    expect(r, c.name).toMatchObject({ kb: true, steps: 3, swapped: 'ERR_SDJWT_KB_SD_HASH', forged: 'ERR_SDJWT_DISCLOSURE_UNREFERENCED', noKb: 'ERR_SDJWT_KB_REQUIRED' });
    expect(r.claims, c.name).toEqual({ iss: 'https://issuer.example', vct: 'urn:example:pid', address: { locality: 'Köln', country: 'DE' }, nationalities: ['DE', 'FR'], cnf: { jwk: expect.objectContaining({ kty: c.holder.pub.kty }) } });
    // The reference library, on node:crypto, verifies what Chromium made.
    const oracle = sdJwtOracle({ alg: c.alg, issuerPublic: c.issuer.pub, kbAlg: c.holderAlg });
    expect((await oracle.verify(r.presentation, { keyBindingNonce: NONCE })).payload, c.name).toEqual(r.claims);
  }
});

test('what @sd-jwt/core issues and presents, Chromium verifies to the same claims; and presents it back', async ({ page }) => {
  await openEngine(page);
  const issuer = keysFor('ES256');
  const holder = keysFor('ES256');
  const oracle = sdJwtOracle({ alg: 'ES256', issuerPrivate: issuer.priv, issuerPublic: issuer.pub, holderPrivate: holder.priv });
  const payload = { iss: 'https://issuer.example', given_name: 'Erika', address: { locality: 'Köln', country: 'DE' }, nationalities: ['DE', 'FR', 'IT'], cnf: { jwk: holder.pub } };
  const sdJwt = await oracle.issue(payload, { _sd: ['given_name', 'address'], _sd_decoy: 2, address: { _sd: ['locality'] }, nationalities: { _sd: [0, 1] } } as never);
  const presentation = await oracle.present(sdJwt, { address: { locality: true }, nationalities: { 1: true } } as never, { kb: { payload: { iat: Math.floor(Date.now() / 1000), aud: AUD, nonce: NONCE } } });
  const theirs = (await oracle.verify(presentation, { keyBindingNonce: NONCE })).payload;
  const out = await evaluateStable(page, async ({ sdJwt, presentation, issuer, holder, AUD, NONCE }) => {
    const path = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ path);
    const pub = await jose.importKey(issuer);
    const verified = await jose.verifySdJwt(presentation, pub, { kb: { required: true, aud: AUD, nonce: NONCE } });
    const all = await jose.verifySdJwt(sdJwt, pub);
    const ours = await jose.presentSdJwt(sdJwt, { disclose: ['/given_name', '/nationalities/2'], holderKey: await jose.importKey(holder), aud: AUD, nonce: NONCE, issuerKey: pub });
    return { claims: verified.claims, kb: verified.kb.verified, all: all.claims, hidden: all.tree.hidden, ours };
  }, { sdJwt, presentation, issuer: issuer.pub, holder: holder.priv, AUD, NONCE });
  expect(out.claims).toEqual(theirs);
  expect(out.kb).toBe(true);
  expect(out.all).toEqual(payload);
  expect(out.hidden).toBe(2);
  expect((await oracle.verify(out.ours, { keyBindingNonce: NONCE })).payload).toEqual({ ...payload, address: undefined, nationalities: ['IT'] } as unknown as Record<string, unknown>);
});

test('the reference implementation examples run in Chromium to the expected claims', async ({ page }) => {
  await openEngine(page);
  const cases = [...referenceCases('reference'), ...referenceCases('named')];
  // Plain JSON for the page (the typed cases are too deep for page.evaluate's inference).
  type PageCase = { claims: Record<string, unknown>; disclose: string[]; reveal: string[]; keyBinding: boolean; decoys: boolean; serialization: string; header: Record<string, unknown>; issuerKeys: Record<string, unknown>[]; holderKey: Record<string, unknown>; aud: string; nonce: string };
  const out = await evaluateStable(page, async (cases: PageCase[]) => {
    const path = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ path);
    const publicOf = (jwk: Record<string, unknown>) => Object.fromEntries(Object.entries(jwk).filter(([k]) => k !== 'd'));
    const results: unknown[] = [];
    for (const c of cases) {
      const first = c.issuerKeys[0]!;
      const more = c.issuerKeys.slice(1);
      const kid = (k: Record<string, unknown>) => (typeof k.kid === 'string' ? { kid: k.kid } : {});
      const signers = [];
      for (const k of more) signers.push({ key: await jose.importKey(k), alg: 'ES256', header: { ...c.header, ...kid(k) } });
      const sdJwt = await jose.issueSdJwt(c.claims, await jose.importKey(first), { alg: 'ES256', disclose: c.disclose, header: { ...c.header, ...kid(first) }, ...(c.keyBinding ? { holderKey: await jose.importKey(publicOf(c.holderKey)) } : {}), ...(c.decoys ? { decoys: 2 } : {}), serialization: c.serialization, signers });
      const presentation = await jose.presentSdJwt(sdJwt, { disclose: c.reveal, ...(c.keyBinding ? { holderKey: await jose.importKey(c.holderKey), aud: c.aud, nonce: c.nonce } : {}) });
      const keys = await jose.importKey(c.issuerKeys.length === 1 ? publicOf(first) : { keys: c.issuerKeys.map(publicOf) });
      results.push((await jose.verifySdJwt(presentation, keys, { kb: { required: c.keyBinding, aud: c.aud, nonce: c.nonce } })).claims);
    }
    return results;
  }, JSON.parse(JSON.stringify(cases)) as PageCase[]);
  expect(out).toHaveLength(30);
  cases.forEach((c, i) => expect(out[i], `${c.rule} ${c.name}`).toEqual(c.expected));
});
