/**
 * JWE encrypt and decrypt, per alg x enc: this engine against panva `jose` and against the bare Web
 * Crypto calls (jwe-bare.ts), interleaved rounds in one run.
 * Representative set: every alg with A256GCM (ECDH-ES on P-256, and X25519 / X448 for two of them),
 * and every enc with dir and A256KW.
 *
 * Like with like:
 * - keys: each side gets its fastest form, imported once. Ours: a JoseKey (CryptoKeys cached inside).
 *   panva: a CryptoKey wherever it takes one (RSA, ECDH, dir with GCM, A*KW, A*GCMKW, PBES2); only
 *   dir with A*CBC-HS* gets raw bytes, the one form panva accepts there (and ours imports those per
 *   call too). Handing panva raw bytes elsewhere would make it import a key on every call.
 * - PBES2 runs with p2c 2048 on all sides, so the iteration counts match.
 * - decrypt: ours also reads the plaintext as claims (JSON, duplicate check included), as panva
 *   jwtDecrypt does (it validates exp/nbf too): that is the like-for-like ratio; compactDecrypt, which
 *   stops at the plaintext bytes (less work than ours), is shown beside it.
 */
import { CompactEncrypt, compactDecrypt, importJWK, jwtDecrypt } from 'jose';
import type { JoseKey, Jwk } from '../src/jose/index.ts';
import { JWE_ALG_INFO, JWE_ALGS, JWE_ENCS, JWE_ENC_INFO, type JweAlg, type JweEnc } from '../src/jose/lib/registry.ts';
import { curvePair, PASSWORD, rsaPair, secretFor, type EcdhCurve } from '../test/jwe/fixtures.ts';
import { loadEngine, type Engine } from './engine.ts';
import { bareJwe } from './jwe-bare.ts';
import { fmt, fmtRatio, howMeasured, interleaved, opsOf, pairedRatio, selected, spreadOf, table, type Op } from './harness.ts';

const ALL = { algorithms: [...JWE_ALGS] };

interface Keys {
  ours: { enc: JoseKey; dec: JoseKey };
  /** panva's fastest accepted form per usage (undefined: panva lacks the alg or curve). */
  panva?: { enc: CryptoKey | Uint8Array; dec: CryptoKey | Uint8Array };
  material: { publicJwk?: JsonWebKey; privateJwk?: JsonWebKey; secret?: Uint8Array };
}

async function panvaSecret(alg: JweAlg, enc: JweEnc, secret: Uint8Array): Promise<Keys['panva']> {
  const family = JWE_ALG_INFO[alg].family;
  const raw = secret as Uint8Array<ArrayBuffer>;
  const pair = async (name: string, e: KeyUsage, d: KeyUsage) => ({
    enc: await crypto.subtle.importKey('raw', raw, name, false, [e]),
    dec: await crypto.subtle.importKey('raw', raw, name, false, [d]),
  });
  if (family === 'dir') return JWE_ENC_INFO[enc].family === 'CBC-HS' ? { enc: secret, dec: secret } : pair('AES-GCM', 'encrypt', 'decrypt');
  if (family === 'AESKW') return pair('AES-KW', 'wrapKey', 'unwrapKey');
  if (family === 'AESGCMKW') return pair('AES-GCM', 'encrypt', 'decrypt');
  return pair('PBKDF2', 'deriveBits', 'deriveBits');
}

async function keysFor(engine: Engine, alg: JweAlg, enc: JweEnc, crv: EcdhCurve): Promise<Keys> {
  const info = JWE_ALG_INFO[alg];
  if (info.kty === 'RSA' || info.family === 'ECDH-ES') {
    const p = info.kty === 'RSA' ? rsaPair() : curvePair(crv);
    const ours = { enc: (await engine.importKey(p.publicJwk)) as JoseKey, dec: (await engine.importKey(p.privateJwk)) as JoseKey };
    const panvaLacks = alg === 'RSA1_5' || crv === 'X448';
    const panva = panvaLacks ? undefined : { enc: (await importJWK(p.publicJwk as never, alg)) as CryptoKey, dec: (await importJWK(p.privateJwk as never, alg)) as CryptoKey };
    return { ours, ...(panva ? { panva } : {}), material: { publicJwk: p.publicJwk as JsonWebKey, privateJwk: p.privateJwk as JsonWebKey } };
  }
  const secret = secretFor(alg, enc);
  const key = (info.family === 'PBES2'
    ? await engine.importKey(PASSWORD, { password: true })
    : await engine.importKey({ kty: 'oct', k: Buffer.from(secret).toString('base64url') } as Jwk)) as JoseKey;
  return { ours: { enc: key, dec: key }, panva: await panvaSecret(alg, enc, secret), material: { secret } };
}

function pairs(): { alg: JweAlg; enc: JweEnc; crv: EcdhCurve }[] {
  const out: { alg: JweAlg; enc: JweEnc; crv: EcdhCurve }[] = [];
  for (const alg of JWE_ALGS) {
    out.push({ alg, enc: 'A256GCM', crv: 'P-256' });
    if (alg === 'ECDH-ES' || alg === 'ECDH-ES+A128KW') out.push({ alg, enc: 'A256GCM', crv: 'X25519' }, { alg, enc: 'A256GCM', crv: 'X448' });
  }
  for (const enc of JWE_ENCS) {
    if (enc === 'A256GCM') continue;
    out.push({ alg: 'dir', enc, crv: 'P-256' }, { alg: 'A256KW', enc, crv: 'P-256' });
  }
  return out;
}

export default async function benchJwe(): Promise<void> {
  const { engine, how } = await loadEngine();
  const { encrypt, decrypt, serializeCompact } = engine;
  const plaintext = new TextEncoder().encode(JSON.stringify({ sub: 'bench', iat: 1700000000, scope: 'read write', n: 'x'.repeat(200) }));
  const rows: string[][] = [];
  for (const { alg, enc, crv } of pairs()) {
    const label = `${alg}${crv !== 'P-256' ? ` (${crv})` : ''}`;
    if (!selected(`${label} ${enc}`)) continue;
    const k = await keysFor(engine, alg, enc, crv);
    const p2c = JWE_ALG_INFO[alg].family === 'PBES2' ? { p2c: 2048 } : {};
    const token = serializeCompact(await encrypt(plaintext, k.ours.enc, { alg, enc, ...p2c }));
    const bare = await bareJwe(alg, enc, k.material, token, plaintext);
    // Every contender must accept the token it is timed on: a failing op would be measured as fast.
    const expected = Buffer.from(plaintext).toString();
    if (Buffer.from((await decrypt(token, k.ours.dec, ALL)).plaintext).toString() !== expected) throw new Error(`${label}: ours does not decrypt`);
    if (k.panva && Buffer.from((await compactDecrypt(token, k.panva.dec, { keyManagementAlgorithms: [alg] })).plaintext).toString() !== expected) throw new Error(`${label}: panva does not decrypt`);
    if (k.panva) await jwtDecrypt(token, k.panva.dec, { keyManagementAlgorithms: [alg] });
    if (bare && Buffer.from(await bare.decrypt()).toString() !== expected) throw new Error(`${label}: the bare calls do not decrypt`);
    const ops: Record<string, Op | undefined> = {
      oursEnc: () => encrypt(plaintext, k.ours.enc, { alg, enc, ...p2c }).then(serializeCompact),
      panvaEnc: k.panva && (() => new CompactEncrypt(plaintext).setProtectedHeader({ alg, enc }).setKeyManagementParameters(p2c).encrypt(k.panva!.enc)),
      bareEnc: bare?.encrypt,
      oursDec: () => decrypt(token, k.ours.dec, ALL),
      panvaDec: k.panva && (() => jwtDecrypt(token, k.panva!.dec, { keyManagementAlgorithms: [alg] })),
      panvaCompact: k.panva && (() => compactDecrypt(token, k.panva!.dec, { keyManagementAlgorithms: [alg] })),
      bareDec: bare?.decrypt,
    };
    const x = await interleaved(ops);
    rows.push([
      label, enc,
      fmt(opsOf(x, 'oursEnc')), fmt(opsOf(x, 'panvaEnc')), fmtRatio(pairedRatio(x, 'oursEnc', 'panvaEnc')), fmt(opsOf(x, 'bareEnc')), fmtRatio(pairedRatio(x, 'oursEnc', 'bareEnc')),
      fmt(opsOf(x, 'oursDec')), fmt(opsOf(x, 'panvaDec')), fmtRatio(pairedRatio(x, 'oursDec', 'panvaDec')), fmtRatio(pairedRatio(x, 'oursDec', 'panvaCompact')), fmt(opsOf(x, 'bareDec')), fmtRatio(pairedRatio(x, 'oursDec', 'bareDec')),
      spreadOf(x, [['oursEnc', 'panvaEnc'], ['oursEnc', 'bareEnc'], ['oursDec', 'panvaDec'], ['oursDec', 'bareDec']]),
    ]);
  }
  table(
    `JWE encrypt / decrypt (${howMeasured()}; ${how})\n  jose: panva CompactEncrypt and jwtDecrypt (n/a: it lacks RSA1_5 and X448); vs compact: ours / panva compactDecrypt (plaintext only, less work); bare: the Web Crypto calls alone (n/a: RSA1_5 has none)`,
    ['alg', 'enc', 'enc ours', 'enc jose', 'ratio', 'enc bare', 'ours/bare', 'dec ours', 'dec jose', 'ratio', 'vs compact', 'dec bare', 'ours/bare', 'spread'],
    rows,
  );
}
