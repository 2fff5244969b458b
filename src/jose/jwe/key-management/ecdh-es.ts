import { x25519 } from '@noble/curves/ed25519.js';
import { x448 } from '@noble/curves/ed448.js';
import { base64urlDecode, base64urlEncode } from '../../lib/base64url.ts';
import { toBytes, type Bytes } from '../../lib/bytes.ts';
import { JoseError, echo } from '../../lib/errors.ts';
import { isJsonObject, type JsonObject } from '../../lib/json.ts';
import { EC_CURVE_INFO, JWE_ALG_INFO, JWE_ENC_INFO, type EcCurve } from '../../lib/registry.ts';
import { bytesValue, textValue, traceStep, type Trace } from '../../lib/trace.ts';
import { cryptoKeyFor, runtimeSupports } from '../../lib/webcrypto.ts';
import { keyFromJwk } from '../../jwk/import.ts';
import type { JoseKey, Jwk } from '../../jwk/types.ts';
import { concatKdf } from '../concat-kdf.ts';
import { guard } from '../subtle.ts';
import { aesKeyUnwrap, aesKeyWrap } from './aes-kw.ts';
import type { UnwrapInput, WrapInput, WrapResult } from './types.ts';

/**
 * ECDH-ES and ECDH-ES+A*KW (RFC 7518 §4.6; RFC 8037 §3.2 for X25519 / X448): an ephemeral key
 * agreement, the Concat KDF over the shared secret Z, then either the derived key is the CEK or it
 * wraps one. Decrypt validates the "epk" (on the curve, same curve as the key, public only) before any
 * derivation, and refuses an all-zero X25519/X448 secret (a small-order point), so invalid-curve
 * attacks learn nothing.
 */

type Crv = 'P-256' | 'P-384' | 'P-521' | 'X25519' | 'X448';
const MONTGOMERY = { X25519: x25519, X448: x448 } as const;

function isMontgomery(crv: Crv): crv is 'X25519' | 'X448' {
  return crv === 'X25519' || crv === 'X448';
}

function zBits(crv: Crv): number {
  if (crv === 'X25519') return 256;
  if (crv === 'X448') return 448;
  return EC_CURVE_INFO[crv as EcCurve].coordinateBytes * 8;
}

function params(crv: Crv): EcKeyImportParams | AlgorithmIdentifier {
  return isMontgomery(crv) ? { name: crv } : { name: 'ECDH', namedCurve: crv };
}

async function webCryptoHas(crv: Crv): Promise<boolean> {
  return !isMontgomery(crv) || (await runtimeSupports(crv));
}

function publicJwk(jwk: Readonly<Jwk>): Jwk {
  return jwk.kty === 'EC' ? { kty: 'EC', crv: jwk.crv, x: jwk.x, y: jwk.y } : { kty: 'OKP', crv: jwk.crv, x: jwk.x };
}

const recipientKeys = new WeakMap<object, Promise<CryptoKey>>();

/** The recipient's public key, imported once per JoseKey (an epk is new in every token, so not cached). */
function recipientPublic(key: JoseKey, crv: Crv): Promise<CryptoKey> {
  let p = recipientKeys.get(key);
  if (!p) {
    p = importPublic(key.jwk as Jwk, crv);
    recipientKeys.set(key, p);
    p.catch(() => recipientKeys.delete(key));
  }
  return p;
}

async function importPublic(jwk: Jwk, crv: Crv): Promise<CryptoKey> {
  return guard('ERR_KEY_INVALID', `This runtime could not use the ${crv} public key`, () => crypto.subtle.importKey('jwk', publicJwk(jwk) as JsonWebKey, params(crv), false, []), {
    segment: 'key',
  });
}

/** Z from our private key and their public key, refusing the all-zero secret of a small-order point. */
async function agree(crv: Crv, privateJwk: Readonly<Jwk>, privateKey: CryptoKey | undefined, peer: Readonly<Jwk>, peerKey?: () => Promise<CryptoKey>): Promise<Bytes> {
  let z: Bytes;
  if (await webCryptoHas(crv)) {
    const pub = peerKey ? await peerKey() : await importPublic(peer as Jwk, crv);
    const priv = privateKey!;
    const name = isMontgomery(crv) ? crv : 'ECDH';
    z = await guard('ERR_KEY_INVALID', `${crv} key agreement failed: the ephemeral public key is not usable with this key`, async () =>
      new Uint8Array(await crypto.subtle.deriveBits({ name, public: pub } as EcdhKeyDeriveParams, priv, zBits(crv))),
    );
  } else {
    const curve = MONTGOMERY[crv as 'X25519' | 'X448'];
    const d = base64urlDecode(String(privateJwk.d));
    const x = base64urlDecode(String(peer.x));
    z = await guard('ERR_KEY_INVALID', `${crv} key agreement failed`, async () => toBytes(curve.getSharedSecret(d, x)));
  }
  if (isMontgomery(crv) && z.every((b) => b === 0)) {
    throw new JoseError('ERR_KEY_INVALID', `The ${crv} shared secret is all zeros: the "epk" is a small-order point (RFC 7748 §6)`, {
      segment: 'header',
      step: 'key-agreement',
      details: { member: 'epk' },
    });
  }
  return z;
}

function partyInfo(header: JsonObject, name: 'apu' | 'apv'): Bytes {
  const value = header[name];
  if (value === undefined) return new Uint8Array(0);
  if (typeof value !== 'string') throw new JoseError('ERR_MALFORMED', `The "${name}" header parameter must be a base64url string`, { segment: 'header', details: { member: name } });
  try {
    return base64urlDecode(value, { allowEmpty: true });
  } catch (cause) {
    throw new JoseError('ERR_MALFORMED', `The "${name}" header parameter is not valid base64url: ${(cause as Error).message}`, { segment: 'header', cause, details: { member: name } });
  }
}

function traceAgreement(trace: Trace | undefined, epk: Jwk, z: Bytes, apu: Bytes, apv: Bytes, ephemeralPrivate?: Jwk): void {
  traceStep(trace, {
    id: 'key-agreement',
    title: 'Ephemeral-static key agreement: the shared secret Z',
    ref: 'RFC 7518 §4.6',
    values: [
      // The sender knows the ephemeral private key (RFC 7520 §5.4 prints it); the recipient never sees it.
      ...(ephemeralPrivate ? [textValue('epk.private', 'Ephemeral key pair (the sender\'s, with "d")', JSON.stringify(ephemeralPrivate))] : []),
      textValue('epk', 'Ephemeral public key "epk"', JSON.stringify(epk)),
      bytesValue('apu', 'Agreement PartyUInfo "apu"', apu),
      bytesValue('apv', 'Agreement PartyVInfo "apv"', apv),
      bytesValue('z', 'Shared secret Z', z),
    ],
  });
}

async function deriveAndFinish(input: { alg: WrapInput['alg']; enc: WrapInput['enc']; trace?: Trace }, z: Bytes, apu: Bytes, apv: Bytes): Promise<Bytes> {
  const info = JWE_ALG_INFO[input.alg];
  const keyBits = info.wraps ? info.kekBits! : JWE_ENC_INFO[input.enc].cekBits;
  return concatKdf(z, keyBits, info.wraps ? input.alg : input.enc, apu, apv, input.trace);
}

export async function wrapEcdhEs(input: WrapInput): Promise<WrapResult> {
  const { key, alg, trace } = input;
  const crv = key.crv as Crv;
  const apu = partyInfo(input.header, 'apu');
  const apv = partyInfo(input.header, 'apv');
  let ephemeralJwk: Jwk;
  let ephemeralKey: CryptoKey | undefined;
  if (input.hooks.epk) {
    const given = keyFromJwk(input.hooks.epk, 'jwk');
    if (given.type !== 'private' || given.kty !== key.kty || given.crv !== crv) {
      throw new JoseError('ERR_KEY_MISMATCH', `The injected ephemeral key must be a ${crv} private key`, { segment: 'key' });
    }
    ephemeralJwk = { ...given.jwk };
    if (await webCryptoHas(crv)) ephemeralKey = await cryptoKeyFor(given, params(crv), 'deriveBits');
  } else if (await webCryptoHas(crv)) {
    const pair = (await guard('ERR_RUNTIME_UNSUPPORTED', `This runtime cannot generate a ${crv} key`, () =>
      crypto.subtle.generateKey(params(crv) as EcKeyGenParams, true, ['deriveBits']),
    )) as CryptoKeyPair;
    ephemeralKey = pair.privateKey;
    ephemeralJwk = (await crypto.subtle.exportKey('jwk', pair.publicKey)) as Jwk;
  } else {
    const curve = MONTGOMERY[crv as 'X25519' | 'X448'];
    const d = curve.utils.randomSecretKey();
    ephemeralJwk = { kty: 'OKP', crv, x: base64urlEncode(curve.getPublicKey(d)), d: base64urlEncode(d) };
  }
  const epk = publicJwk(ephemeralJwk);
  const z = await agree(crv, ephemeralJwk, ephemeralKey, key.jwk, () => recipientPublic(key, crv));
  if (trace) {
    const full = ephemeralKey && !ephemeralJwk.d && ephemeralKey.extractable ? ((await crypto.subtle.exportKey('jwk', ephemeralKey)) as Jwk) : ephemeralJwk;
    traceAgreement(trace, epk, z, apu, apv, full);
  }
  const derived = await deriveAndFinish(input, z, apu, apv);
  const epkParam = epk as unknown as JsonObject;
  if (!JWE_ALG_INFO[alg].wraps) return { cek: derived, encryptedKey: new Uint8Array(0), params: { epk: epkParam } };
  const encryptedKey = await aesKeyWrap(derived, input.cek!);
  traceStep(trace, {
    id: 'key-wrap',
    title: `Wrap the CEK with AES Key Wrap under the derived key`,
    ref: 'RFC 7518 §4.6 / RFC 3394',
    values: [bytesValue('kek', 'Key-wrapping key (Concat KDF output)', derived), bytesValue('cek', 'CEK', input.cek!), bytesValue('encryptedKey', 'JWE Encrypted Key', encryptedKey)],
  });
  return { cek: input.cek!, encryptedKey, params: { epk: epkParam } };
}

/** Validates the "epk" of a header against the recipient's key; throws ERR_KEY_INVALID / ERR_MALFORMED. */
export function validateEpk(header: JsonObject, key: JoseKey): Jwk {
  const epk = header.epk;
  const bad = (message: string, cause?: unknown) =>
    new JoseError('ERR_KEY_INVALID', message, { segment: 'header', step: 'key-agreement', details: { member: 'epk' }, ...(cause ? { cause } : {}) });
  if (epk === undefined) throw new JoseError('ERR_MALFORMED', `${echo(header.alg)} needs the "epk" (Ephemeral Public Key) header parameter`, { segment: 'header', details: { member: 'epk' } });
  if (!isJsonObject(epk)) throw new JoseError('ERR_MALFORMED', 'The "epk" header parameter must be a JWK object', { segment: 'header', details: { member: 'epk' } });
  if (Object.prototype.hasOwnProperty.call(epk, 'd')) throw bad('The "epk" contains a private key member "d"; an ephemeral public key must not');
  if (epk.kty !== key.kty || epk.crv !== key.crv) {
    throw bad(`The "epk" is ${echo(epk.kty)} ${echo(epk.crv)} but the key is ${key.kty} ${String(key.crv)}: both must be on the same curve (RFC 8725 §3.4)`);
  }
  try {
    keyFromJwk(epk as Jwk, 'jwk');
  } catch (cause) {
    throw bad(`The "epk" is not a valid ${String(key.crv)} public key: ${(cause as Error).message}`, cause);
  }
  return epk as Jwk;
}

export async function unwrapEcdhEs(input: UnwrapInput): Promise<Bytes> {
  const { key, header, trace } = input;
  const crv = key.crv as Crv;
  const epk = validateEpk(header, key);
  const apu = partyInfo(header, 'apu');
  const apv = partyInfo(header, 'apv');
  const privateKey = (await webCryptoHas(crv)) ? await cryptoKeyFor(key, params(crv), 'deriveBits') : undefined;
  const z = await agree(crv, key.jwk, privateKey, epk);
  traceAgreement(trace, publicJwk(epk), z, apu, apv);
  const derived = await deriveAndFinish(input, z, apu, apv);
  if (!JWE_ALG_INFO[input.alg].wraps) return derived;
  const cek = await aesKeyUnwrap(derived, input.encryptedKey, input.alg);
  traceStep(trace, {
    id: 'key-wrap',
    title: 'Unwrap the CEK with AES Key Wrap under the derived key',
    ref: 'RFC 7518 §4.6 / RFC 3394',
    values: [bytesValue('kek', 'Key-wrapping key (Concat KDF output)', derived), bytesValue('encryptedKey', 'JWE Encrypted Key', input.encryptedKey), bytesValue('cek', 'Unwrapped CEK', cek)],
  });
  return cek;
}

