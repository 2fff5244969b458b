import { generateKeyPairSync, verify as nodeVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { expect, test } from './fixtures.ts';
import { evaluateStable, openEngine } from './engine-harness.ts';

/**
 * ML-DSA-44/65/87 (RFC 9964) INSIDE Chromium, on whichever path the browser takes (Chromium 156 has
 * ML-DSA in Web Crypto; JOSE Lab falls back to @noble/post-quantum where it does not). Oracles:
 * @noble/post-quantum called directly here in Node, and panva `jose` running in the page on
 * Chromium's own ML-DSA. Keys: JOSE Lab's SPKI / PKCS#8 must equal Chromium's own encoding.
 */
const NOBLE = { 'ML-DSA-44': ml_dsa44, 'ML-DSA-65': ml_dsa65, 'ML-DSA-87': ml_dsa87 } as const;
const ALGS = Object.keys(NOBLE) as (keyof typeof NOBLE)[];
const b64u = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const unb64u = (text: string) => new Uint8Array(Buffer.from(text, 'base64url'));
/** @noble/post-quantum, in Node, verifies a compact token over a signing input rebuilt here. */
function nobleVerifies(alg: string, token: string, pub: string): boolean {
  const [h, p, s] = token.split('.') as [string, string, string];
  return NOBLE[alg as keyof typeof NOBLE].verify(unb64u(s), Buffer.from(`${h}.${p}`), unb64u(pub));
}
const example = (alg: string) => JSON.parse(readFileSync(new URL(`../test/vectors/rfc9964/${alg.replace(/-/g, '_')}.jose.json`, import.meta.url), 'utf8'));

test('ML-DSA JWS in Chromium: RFC 9964 examples, round trips checked by noble and panva, tampering, wrong parameter set', async ({ page }) => {
  await openEngine(page);
  // Tokens noble signs here, over a signing input built by hand, for the page to verify.
  const inputs = ALGS.map((alg) => {
    const keys = NOBLE[alg].keygen(crypto.getRandomValues(new Uint8Array(32)));
    const input = `${b64u(Buffer.from(JSON.stringify({ alg, kid: 'noble' })))}.${b64u(Buffer.from('{"from":"noble"}'))}`;
    return { alg, example: example(alg), nobleToken: `${input}.${b64u(NOBLE[alg].sign(Buffer.from(input), keys.secretKey))}`, noblePub: { kty: 'AKP', alg, pub: b64u(keys.publicKey) } };
  });
  const results = await evaluateStable(page, async (cases) => {
    const enginePath = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ enginePath);
    const panvaPath = '/e2e/panva-in-page.ts';
    const { panva } = await import(/* @vite-ignore */ panvaPath);
    const codeOf = (p: Promise<unknown>) => p.then(() => 'verified', (e: { code?: string; name?: string }) => (e?.name === 'JoseError' ? e.code! : `NOT A JoseError: ${String(e)}`));
    const flip = (token: string, part: number, at: (n: number) => number) => {
      const parts = token.split('.');
      const bytes = jose.base64urlDecode(parts[part]!);
      bytes[at(bytes.length)] ^= 1;
      parts[part] = jose.base64urlEncode(bytes);
      return parts.join('.');
    };
    const out = [];
    for (const c of cases) {
      const vectorKey = await jose.importKey(c.example.jwk);
      const vectorPub = jose.derivePublicKey(vectorKey);
      const g = await jose.generateKey(c.alg);
      const trace = jose.createTrace('sign');
      const token = jose.serializeCompact(await jose.sign({ sub: 'chromium' }, g.privateKey, { alg: c.alg, trace, header: { kid: g.privateKey.kid } }));
      const flattened = jose.serializeJson(await jose.sign('flat', g.privateKey, { alg: c.alg }), { flattened: true });
      const panvaPub = await panva.importJWK(jose.exportJwk(g.publicKey), c.alg);
      const panvaSigned = await new panva.CompactSign(new TextEncoder().encode('{"from":"panva"}')).setProtectedHeader({ alg: c.alg }).sign(await panva.importJWK(jose.exportJwk(g.privateKey, { private: true }), c.alg));
      const other = c.alg === 'ML-DSA-44' ? 'ML-DSA-65' : 'ML-DSA-44';
      const otherKey = (await jose.generateKey(other)).publicKey;
      const [h, p, s] = token.split('.');
      out.push({
        alg: c.alg,
        backend: trace.steps.find((st: { id: string }) => st.id === 'digest').values.find((v: { name: string }) => v.name === 'backend').text,
        vector: await codeOf(jose.verify(c.example.jws, vectorPub)),
        vectorThumbprint: await jose.thumbprint(vectorPub),
        nobleToken: await codeOf(jose.verify(c.nobleToken, await jose.importKey(c.noblePub))),
        token,
        pub: g.publicKey.jwk.pub,
        ours: await codeOf(jose.verify(token, g.publicKey)),
        flattened: await codeOf(jose.verify(flattened, g.publicKey)),
        panvaVerifiesOurs: await panva.compactVerify(token, panvaPub).then(() => 'verified', (e: Error) => e.message),
        oursVerifiesPanva: await codeOf(jose.verify(panvaSigned, g.publicKey)),
        tampered: [await codeOf(jose.verify(flip(token, 0, (n: number) => n - 3), g.publicKey)), await codeOf(jose.verify(flip(token, 1, () => 2), g.publicKey)), await codeOf(jose.verify(flip(token, 2, (n: number) => n >> 1), g.publicKey))],
        short: await codeOf(jose.verify(`${h}.${p}.${jose.base64urlEncode(jose.base64urlDecode(s).slice(0, -1))}`, g.publicKey)),
        wrongSet: await codeOf(jose.verify(token, otherKey)),
      });
    }
    return out;
  }, inputs);

  for (const r of results) {
    test.info().annotations.push({ type: 'ML-DSA path in Chromium', description: `${r.alg}: ${r.backend}` });
    expect(['Web Crypto', '@noble/post-quantum'], r.alg).toContain(r.backend);
    expect(r.vector, r.alg).toBe('verified');
    expect(r.vectorThumbprint, r.alg).toBe(example(r.alg).jwk.kid);
    expect(r.nobleToken, r.alg).toBe('verified');
    expect(r.ours, r.alg).toBe('verified');
    expect(r.flattened, r.alg).toBe('verified');
    expect(r.panvaVerifiesOurs, r.alg).toBe('verified');
    expect(r.oursVerifiesPanva, r.alg).toBe('verified');
    expect(r.tampered, r.alg).toEqual(['ERR_SIGNATURE_INVALID', 'ERR_SIGNATURE_INVALID', 'ERR_SIGNATURE_INVALID']);
    expect(r.short, r.alg).toBe('ERR_SIGNATURE_INVALID');
    expect(r.wrongSet, r.alg).toBe('ERR_KEY_MISMATCH');
    // noble, in Node, over a signing input built here: Chromium's JOSE Lab signed with the empty context.
    expect(nobleVerifies(r.alg, r.token, r.pub), r.alg).toBe(true);
  }
});

test('AKP keys in Chromium: JOSE Lab PEM equals Chromium\'s own SPKI and PKCS#8, and reads them back', async ({ page }) => {
  await openEngine(page);
  const seeds = ALGS.map((alg) => ({ alg, seed: b64u(crypto.getRandomValues(new Uint8Array(32))) }));
  const results = await evaluateStable(page, async (cases) => {
    const enginePath = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ enginePath);
    const der = (pem: string) => jose.toHex(jose.base64Decode(pem.replace(/-----[^-]+-----|\s/g, '')));
    const pemOf = (label: string, bytes: ArrayBuffer) => jose.encodePem(label, new Uint8Array(bytes));
    const out = [];
    for (const { alg, seed } of cases) {
      const native = await crypto.subtle.importKey('raw-seed' as 'raw', jose.base64urlDecode(seed), { name: alg }, true, ['sign']).catch(() => undefined);
      const ours = await jose.importKey({ kty: 'AKP', alg, priv: seed });
      const g = await jose.generateKey(alg);
      const row: Record<string, unknown> = { alg, native: Boolean(native), pub: ours.jwk.pub, findings: ours.findings.map((f: { code: string }) => f.code), generatedKidIsThumbprint: g.privateKey.kid === (await jose.thumbprint(g.publicKey)) };
      if (native) {
        const nativeJwk = (await crypto.subtle.exportKey('jwk', native)) as JsonWebKey & { pub: string };
        const nativePub = await crypto.subtle.importKey('jwk', { kty: 'AKP', alg, pub: nativeJwk.pub } as JsonWebKey, { name: alg }, true, ['verify']);
        const pkcs8 = await crypto.subtle.exportKey('pkcs8', native);
        const spki = await crypto.subtle.exportKey('spki', nativePub);
        const fromPkcs8 = await jose.importKey(pemOf('PRIVATE KEY', pkcs8));
        const fromSpki = await jose.importKey(pemOf('PUBLIC KEY', spki));
        Object.assign(row, {
          nativePub: nativeJwk.pub,
          pkcs8Equal: der(jose.exportPem(ours)) === jose.toHex(new Uint8Array(pkcs8)),
          spkiEqual: der(jose.exportPem(ours, { public: true })) === jose.toHex(new Uint8Array(spki)),
          readPkcs8: fromPkcs8.jwk.priv === seed && fromPkcs8.jwk.pub === ours.jwk.pub,
          readSpki: fromSpki.jwk.pub === ours.jwk.pub && fromSpki.type === 'public',
          // Chromium imports the key files JOSE Lab writes.
          chromiumReadsOurs: await crypto.subtle.importKey('pkcs8', jose.base64Decode(jose.exportPem(ours).replace(/-----[^-]+-----|\s/g, '')), { name: alg }, false, ['sign']).then(() => true, (e: Error) => e.message),
        });
      }
      out.push(row);
    }
    return out;
  }, seeds);

  for (const r of results) {
    const seed = seeds.find((s) => s.alg === r.alg)!.seed;
    // noble, in Node, derives the same public key from the seed.
    expect(r.pub, String(r.alg)).toBe(b64u(NOBLE[r.alg as keyof typeof NOBLE].keygen(unb64u(seed)).publicKey));
    expect(r.findings, String(r.alg)).toEqual(['AKP_PUB_COMPUTED']);
    expect(r.generatedKidIsThumbprint, String(r.alg)).toBe(true);
    test.info().annotations.push({ type: 'Chromium Web Crypto ML-DSA', description: `${r.alg}: ${r.native ? 'yes' : 'no'}` });
    if (!r.native) continue;
    expect(r.nativePub, String(r.alg)).toBe(r.pub);
    expect(r.pkcs8Equal, String(r.alg)).toBe(true);
    expect(r.spkiEqual, String(r.alg)).toBe(true);
    expect(r.readPkcs8, String(r.alg)).toBe(true);
    expect(r.readSpki, String(r.alg)).toBe(true);
    expect(r.chromiumReadsOurs, String(r.alg)).toBe(true);
  }
});

test('where the browser has no ML-DSA, the lazily loaded @noble/post-quantum signs and verifies in the page', async ({ page }) => {
  // Hide Chromium's ML-DSA the way a browser without it behaves (NotSupportedError), so the fallback runs.
  await page.addInitScript(() => {
    const subtle = SubtleCrypto.prototype as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const method of ['importKey', 'generateKey', 'sign', 'verify']) {
      const original = subtle[method]!;
      subtle[method] = function (this: SubtleCrypto, ...args: unknown[]) {
        const algorithm = args[method === 'importKey' ? 2 : 0];
        const name = typeof algorithm === 'string' ? algorithm : (algorithm as { name?: string })?.name;
        if (String(name).startsWith('ML-DSA')) return Promise.reject(new DOMException('Algorithm: Unrecognized name', 'NotSupportedError'));
        return original.apply(this, args);
      };
    }
  });
  await openEngine(page);
  const results = await evaluateStable(page, async (examples) => {
    const enginePath = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ enginePath);
    const out = [];
    for (const ex of examples) {
      const trace = jose.createTrace('sign');
      const g = await jose.generateKey(ex.jwk.alg);
      const token = jose.serializeCompact(await jose.sign('fallback', g.privateKey, { alg: ex.jwk.alg, trace }));
      const verified = await jose.verify(token, g.publicKey).then(() => 'verified', (e: { code?: string }) => e.code);
      const vector = await jose.verify(ex.jws, jose.derivePublicKey(await jose.importKey(ex.jwk))).then(() => 'verified', (e: { code?: string }) => e.code);
      const backend = trace.steps.find((s: { id: string }) => s.id === 'digest').values.find((v: { name: string }) => v.name === 'backend').text;
      out.push({ alg: ex.jwk.alg, token, pub: g.publicKey.jwk.pub, verified, vector, backend });
    }
    return out;
  }, ALGS.map(example));
  for (const r of results) {
    expect(r.backend, r.alg).toBe('@noble/post-quantum');
    expect(r.verified, r.alg).toBe('verified');
    expect(r.vector, r.alg).toBe('verified');
    expect(nobleVerifies(r.alg, r.token, r.pub), r.alg).toBe(true);
  }
});

test('RFC 9864 "Ed25519" and "Ed448" in Chromium: panva verifies Ed25519 in the page, node:crypto verifies both here', async ({ page }) => {
  await openEngine(page);
  const keys = (['ed25519', 'ed448'] as const).map((type) => {
    const kp = generateKeyPairSync(type as 'ed25519');
    return { alg: type === 'ed25519' ? 'Ed25519' : 'Ed448', priv: kp.privateKey.export({ format: 'jwk' }), pub: kp.publicKey.export({ format: 'jwk' }), node: kp.publicKey };
  });
  const results = await evaluateStable(page, async (cases) => {
    const enginePath = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ enginePath);
    const panvaPath = '/e2e/panva-in-page.ts';
    const { panva } = await import(/* @vite-ignore */ panvaPath);
    const out = [];
    for (const c of cases) {
      const token = jose.serializeCompact(await jose.sign({ n: 1 }, await jose.importKey(c.priv), { alg: c.alg }));
      const findings = jose.inspect(token).findings.map((f: { code: string }) => f.code);
      const panvaResult = c.alg === 'Ed25519' ? await panva.compactVerify(token, await panva.importJWK(c.pub, 'Ed25519'), { algorithms: ['Ed25519'] }).then(() => 'verified', (e: Error) => e.message) : 'n/a';
      const other = cases.find((o: { alg: string }) => o.alg !== c.alg)!;
      const mismatch = await jose.verify(token, await jose.importKey(other.pub)).then(() => 'verified', (e: { code?: string }) => e.code);
      out.push({ alg: c.alg, token, findings, panvaResult, mismatch });
    }
    const legacy = jose.serializeCompact(await jose.sign('x', await jose.importKey(cases[0]!.priv), { alg: 'EdDSA' }));
    return { out, legacyFindings: jose.inspect(legacy).findings.map((f: { code: string }) => f.code) };
  }, keys.map(({ alg, priv, pub }) => ({ alg, priv, pub })));
  for (const r of results.out) {
    const key = keys.find((k) => k.alg === r.alg)!;
    const [h, p, s] = r.token.split('.');
    expect(JSON.parse(Buffer.from(h!, 'base64url').toString())).toEqual({ alg: r.alg });
    expect(nodeVerify(null, Buffer.from(`${h}.${p}`), key.node, Buffer.from(s!, 'base64url')), r.alg).toBe(true);
    expect(r.findings, r.alg).not.toContain('ALG_EDDSA_DEPRECATED');
    expect(r.mismatch, r.alg).toBe('ERR_KEY_MISMATCH');
    if (r.alg === 'Ed25519') expect(r.panvaResult).toBe('verified');
  }
  expect(results.legacyFindings).toContain('ALG_EDDSA_DEPRECATED');
});
