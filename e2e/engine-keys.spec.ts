import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { openEngine } from './engine-harness.ts';

/**
 * The key engine inside Chromium, whose Web Crypto lacks secp256k1, Ed448 and X448 (noble fills in):
 * every PEM kind imported in the page equals node:crypto's JWK, and every alg's generated key,
 * exported as PEM in the page, is read and used by node:crypto.
 */

const pairs: [string, () => { publicKey: KeyObject; privateKey: KeyObject }][] = [
  ['RSA', () => generateKeyPairSync('rsa', { modulusLength: 2048 })],
  ['P-256', () => generateKeyPairSync('ec', { namedCurve: 'P-256' })],
  ['P-521', () => generateKeyPairSync('ec', { namedCurve: 'P-521' })],
  ['secp256k1', () => generateKeyPairSync('ec', { namedCurve: 'secp256k1' })],
  ['Ed25519', () => generateKeyPairSync('ed25519')],
  ['Ed448', () => generateKeyPairSync('ed448')],
  ['X25519', () => generateKeyPairSync('x25519')],
  ['X448', () => generateKeyPairSync('x448')],
];

test('importKey reads every PEM kind in Chromium: SPKI, PKCS#8, PKCS#1, SEC1, X.509', async ({ page }) => {
  await openEngine(page);
  const inputs: { name: string; pem: string; expected: unknown }[] = [];
  for (const [name, make] of pairs) {
    const { publicKey, privateKey } = make();
    inputs.push({ name: `${name} spki`, pem: publicKey.export({ type: 'spki', format: 'pem' }) as string, expected: publicKey.export({ format: 'jwk' }) });
    inputs.push({ name: `${name} pkcs8`, pem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, expected: privateKey.export({ format: 'jwk' }) });
    if (name === 'RSA') {
      inputs.push({ name: 'RSA pkcs1 public', pem: publicKey.export({ type: 'pkcs1', format: 'pem' }) as string, expected: publicKey.export({ format: 'jwk' }) });
      inputs.push({ name: 'RSA pkcs1 private', pem: privateKey.export({ type: 'pkcs1', format: 'pem' }) as string, expected: privateKey.export({ format: 'jwk' }) });
    }
    if (name === 'P-256' || name === 'secp256k1') {
      inputs.push({ name: `${name} sec1`, pem: privateKey.export({ type: 'sec1', format: 'pem' }) as string, expected: privateKey.export({ format: 'jwk' }) });
    }
  }
  const cert = readFileSync(new URL('../test/keys/fixtures/ec-leaf.crt', import.meta.url), 'utf8');
  inputs.push({ name: 'x509', pem: cert, expected: createPublicKey(cert).export({ format: 'jwk' }) });

  const results = await page.evaluate(async (list) => {
    const path = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ path);
    const out: Record<string, unknown> = {};
    for (const { name, pem } of list) {
      const key = await jose.importKey(pem);
      out[name] = { jwk: { ...key.jwk }, format: key.format, subject: key.certificate?.subject, thumbprint: await jose.thumbprint(key), pemBack: jose.exportPem(key) };
    }
    let truncated = '';
    try {
      await jose.importKey(list[0]!.pem.slice(0, 100));
    } catch (error) {
      truncated = (error as Error).message;
    }
    return { out, truncated };
  }, inputs);

  for (const { name, pem, expected } of inputs) {
    const got = results.out[name] as { jwk: unknown; format: string; subject?: string; pemBack: string };
    expect(got.jwk, name).toEqual(expected);
    // The PEM written in the page is read back by node as the same key.
    const back = got.pemBack.includes('PRIVATE') ? createPrivateKey(got.pemBack) : createPublicKey(got.pemBack);
    expect(back.export({ format: 'jwk' }), name).toEqual(expected);
    if (name === 'x509') expect(got.subject).toBe('CN=leaf.test.example, emailAddress=keys@test.example');
    expect(pem.length).toBeGreaterThan(0);
  }
  expect(results.truncated).toMatch(/has no "-----END PUBLIC KEY-----" line: the key looks truncated/);
});

test('generateKey for every alg in Chromium, incl. secp256k1, Ed448 and X448 via noble; node:crypto uses each key', async ({ page }) => {
  test.setTimeout(120_000);
  await openEngine(page);
  const generated = await page.evaluate(async () => {
    const path = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ path);
    const requests: [string, Record<string, unknown>][] = [
      ...[...jose.JWS_ALGS, ...jose.JWE_ALGS, ...jose.JWE_ENCS].map((alg: string) => [alg, {}] as [string, Record<string, unknown>]),
      ['EdDSA', { crv: 'Ed448' }],
      ['ECDH-ES', { crv: 'X25519' }],
      ['ECDH-ES+A128KW', { crv: 'X448' }],
      ['ECDH-ES+A256KW', { crv: 'P-521' }],
      ['RS256', { modulusLength: 3072 }],
    ];
    const support = { Ed448: await crypto.subtle.generateKey({ name: 'Ed448' } as AlgorithmIdentifier, false, ['sign']).then(() => true, () => false) };
    const out = [];
    for (const [alg, options] of requests) {
      const g = await jose.generateKey(alg, options);
      if (g.kind === 'pair') {
        out.push({ alg, options, kind: 'pair', crv: g.privateKey.crv, bits: g.privateKey.bits, kid: g.privateKey.kid, thumbprint: await jose.thumbprint(g.publicKey), privatePem: jose.exportPem(g.privateKey), publicPem: jose.exportPem(g.publicKey) });
      } else {
        out.push({ alg, options, kind: 'secret', bits: g.secret.bits, kid: g.secret.kid, password: g.password ?? null });
      }
    }
    return { out, support };
  });
  expect(generated.support.Ed448, 'Chromium has no Ed448, so the noble path ran').toBe(false);
  const data = Buffer.from('generated in Chromium');
  for (const g of generated.out) {
    if (g.kind === 'secret') {
      expect(g.bits, g.alg).toBeGreaterThanOrEqual(128);
      if (g.alg.startsWith('PBES2')) expect(g.password).toMatch(/^.{24}$/);
      else expect(g.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
      continue;
    }
    expect(g.kid, g.alg).toBe(g.thumbprint);
    // node 20's OpenSSL has no ML-DSA: engine-pq.spec.ts checks those keys against Chromium's own.
    if (g.alg.startsWith('ML-DSA')) continue;
    const priv = createPrivateKey(g.privatePem!);
    const pub = createPublicKey(g.publicPem!);
    expect(createPublicKey(priv).export({ format: 'jwk' })).toEqual(pub.export({ format: 'jwk' }));
    const type = priv.asymmetricKeyType!;
    if (type === 'x25519' || type === 'x448' || (type === 'ec' && /^(ECDH|P-|ECDH-ES)/.test(g.alg))) {
      const other = type === 'ec' ? generateKeyPairSync('ec', { namedCurve: g.crv! }) : generateKeyPairSync(type as 'x25519');
      expect(diffieHellman({ privateKey: priv, publicKey: other.publicKey })).toEqual(diffieHellman({ privateKey: other.privateKey, publicKey: pub }));
    } else {
      const hash = type === 'ed25519' || type === 'ed448' ? null : 'sha256';
      expect(verify(hash, data, pub, sign(hash, data, priv)), g.alg).toBe(true);
    }
    if (g.alg === 'ES256K') expect(g.crv).toBe('secp256k1');
    if (g.alg === 'RS256' && (g.options as { modulusLength?: number }).modulusLength) expect(g.bits).toBe(3072);
  }
  const crvs = generated.out.map((g) => g.crv).filter(Boolean);
  for (const crv of ['secp256k1', 'Ed448', 'X448', 'X25519', 'Ed25519', 'P-256', 'P-384', 'P-521']) expect(crvs).toContain(crv);
});
