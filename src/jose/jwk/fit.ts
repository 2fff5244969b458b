import { JoseError, rfcRef, echo, type Finding } from '../lib/errors.ts';
import { JWE_ALG_INFO, JWS_ALG_INFO, isJweAlg, isJwsAlg, type JweAlg, type JwsAlg } from '../lib/registry.ts';
import { describeKey } from './import.ts';
import type { JoseKey } from './types.ts';

/** What a key is used for. */
export type KeyOperation = 'sign' | 'verify' | 'encrypt' | 'decrypt';

const KEY_OPS: Record<KeyOperation, string[]> = {
  sign: ['sign'],
  verify: ['verify'],
  // A JWE "encrypt" with a key-management alg wraps or derives; "decrypt" unwraps or derives.
  encrypt: ['encrypt', 'wrapKey', 'deriveKey', 'deriveBits'],
  decrypt: ['decrypt', 'unwrapKey', 'deriveKey', 'deriveBits'],
};

function needs(alg: JwsAlg | JweAlg): string {
  if (isJwsAlg(alg)) {
    const info = JWS_ALG_INFO[alg];
    switch (info.family) {
      case 'HMAC':
        return 'a shared secret';
      case 'RSASSA-PKCS1-v1_5':
      case 'RSA-PSS':
        return 'an RSA key';
      case 'ECDSA':
        return `an EC key on ${info.curves![0]}`;
      case 'EdDSA':
        return info.curves!.length === 1 ? `an ${info.curves![0]} key (kty OKP)` : 'an Ed25519 or Ed448 key (kty OKP)';
      case 'ML-DSA':
        return `an ${alg} key (kty AKP with "alg": "${alg}")`;
    }
  }
  const info = JWE_ALG_INFO[alg as JweAlg];
  switch (info.family) {
    case 'RSA1_5':
    case 'RSA-OAEP':
      return 'an RSA key';
    case 'AESKW':
    case 'AESGCMKW':
      return `a ${info.kekBits! / 8}-byte AES key`;
    case 'dir':
      return 'a shared content-encryption key';
    case 'ECDH-ES':
      return 'an EC (P-256, P-384, P-521) or X25519/X448 key';
    case 'PBES2':
      return 'a password';
  }
}

/**
 * Results of checks that passed, per frozen key and "alg|operation": the check reads only the key's
 * own (frozen) members, so its verdict cannot change. Failures are not kept: they are recomputed, so
 * each throw is a fresh JoseError. Keys that are not frozen are checked on every call.
 */
const passed = new WeakMap<JoseKey, Map<string, readonly Finding[]>>();

const copyFinding = (f: Finding): Finding => (f.ref ? { ...f, ref: { ...f.ref } } : { ...f });

/**
 * Checks that a key may be used with an alg for an operation — key type, curve, size, public vs
 * private, and the JWK's own "alg", "use" and "key_ops" — and throws ERR_KEY_MISMATCH saying why
 * ("this is an RSA public key; HS256 needs a shared secret"). Soft problems come back as findings.
 * The key decides the algorithm family: an asymmetric key never becomes an HMAC secret.
 *
 * @example
 * assertKeyFits(await importKey('password'), 'HS256', 'verify'); // [{ code: 'WEAK_HMAC_SECRET', … }]
 * assertKeyFits(rsaPublicKey, 'HS256', 'verify');             // throws JoseError ERR_KEY_MISMATCH
 */
export function assertKeyFits(key: JoseKey, alg: string, operation: KeyOperation): Finding[] {
  const cacheable = Object.isFrozen(key) && (key.keyOps === undefined || Object.isFrozen(key.keyOps));
  const id = `${alg}|${operation}`;
  const known = cacheable ? passed.get(key)?.get(id) : undefined;
  // Fresh objects each time, as before: callers may keep or change what they get.
  if (known) return known.map(copyFinding);
  const findings = checkKeyFits(key, alg, operation);
  if (cacheable) {
    let perKey = passed.get(key);
    if (!perKey) {
      perKey = new Map();
      passed.set(key, perKey);
    }
    perKey.set(id, findings.map(copyFinding));
  }
  return findings;
}

function checkKeyFits(key: JoseKey, alg: string, operation: KeyOperation): Finding[] {
  const findings: Finding[] = [];
  // params: why, by name, and the key as describeKey words it, so the message can be said in another language.
  const mismatch = (why: string, details: Record<string, unknown> = {}, reason = 'kind'): never => {
    const keyParams = { kty: key.kty, keyType: key.type, bits: key.bits, ...(key.crv ? { crv: key.crv } : {}), ...(key.alg ? { keyAlg: key.alg } : {}), ...(key.use ? { use: key.use } : {}), ...(key.keyOps ? { keyOps: key.keyOps.join(', ') } : {}) };
    throw new JoseError('ERR_KEY_MISMATCH', why, { segment: 'key', details: { alg, operation, ...details }, params: { reason, alg, operation, ...keyParams } });
  };
  if (!isJwsAlg(alg) && !isJweAlg(alg)) {
    throw new JoseError('ERR_ALG_UNSUPPORTED', `Unsupported algorithm ${echo(alg)}`, { details: { alg } });
  }
  const isJws = isJwsAlg(alg);
  if (isJws !== (operation === 'sign' || operation === 'verify')) {
    mismatch(`${alg} is a ${isJws ? 'signature' : 'key-management'} algorithm; it cannot be used to ${operation}`, {}, 'family');
  }
  // Only the messages of a mismatch use it.
  let described: string | undefined;
  const kindOf = () => (described ??= describeKey(key));
  if (isJws) {
    const info = JWS_ALG_INFO[alg];
    if (key.kty !== info.kty) mismatch(`This is ${kindOf()}; ${alg} needs ${needs(alg)}`, { kty: key.kty });
    if (info.curves && (!key.crv || !info.curves.includes(key.crv))) mismatch(`This is ${kindOf()}; ${alg} needs ${needs(alg)}`, { crv: key.crv });
    // RFC 9964: an ML-DSA key belongs to one parameter set; its sizes fit no other.
    if (info.family === 'ML-DSA' && key.alg !== alg) {
      mismatch(`This is ${kindOf()}; ${alg} needs ${needs(alg)}: each ML-DSA parameter set has its own keys and signature size`, { keyAlg: key.alg });
    }
    if (operation === 'sign' && key.type === 'public') mismatch(`This is ${kindOf()}; signing with ${alg} needs the private key`, {}, 'private');
    if (info.family === 'HMAC' && key.bits < (info.minKeyBits ?? 0)) {
      findings.push({
        code: 'WEAK_HMAC_SECRET',
        severity: 'danger',
        message: `The secret is ${key.bits / 8} bytes; ${alg} needs at least ${info.minKeyBits! / 8} bytes (the hash size) to be secure`,
        params: { bytes: key.bits / 8, alg, minBytes: info.minKeyBits! / 8 },
        ref: rfcRef(7518, '3.2'),
        segment: 'key',
      });
    }
  } else {
    const info = JWE_ALG_INFO[alg as JweAlg];
    if (info.kty === 'password') {
      if (key.kty !== 'oct') mismatch(`This is ${kindOf()}; ${alg} needs ${needs(alg as JweAlg)}`, { kty: key.kty });
    } else if (info.family === 'ECDH-ES') {
      if (key.kty !== 'EC' && key.kty !== 'OKP') mismatch(`This is ${kindOf()}; ${alg} needs ${needs(alg as JweAlg)}`, { kty: key.kty });
      if (!key.crv || !info.curves!.includes(key.crv)) mismatch(`This is ${kindOf()}; ${alg} needs ${needs(alg as JweAlg)}`, { crv: key.crv });
    } else if (key.kty !== info.kty) {
      mismatch(`This is ${kindOf()}; ${alg} needs ${needs(alg as JweAlg)}`, { kty: key.kty });
    }
    if ((info.family === 'AESKW' || info.family === 'AESGCMKW') && key.bits !== info.kekBits) {
      mismatch(`This is ${kindOf()}; ${alg} needs ${needs(alg as JweAlg)}`, { bits: key.bits });
    }
    if (operation === 'decrypt' && key.type === 'public') mismatch(`This is ${kindOf()}; decrypting ${alg} needs the private key`, {}, 'private');
  }
  if (key.kty === 'RSA' && key.bits < 2048) {
    findings.push({ code: 'KEY_RSA_SHORT', severity: 'danger', message: `The RSA key is ${key.bits} bits; RFC 7518 requires at least 2048`, params: { bits: key.bits }, ref: rfcRef(7518, '3.3'), segment: 'key' });
  }
  // The JWK's own restrictions (RFC 7517 §4.2-4.4): a key is meant for one alg and one use.
  if (key.alg !== undefined && key.alg !== alg) mismatch(`The key's JWK says "alg": "${key.alg}", so it may not be used with ${alg}`, { keyAlg: key.alg }, 'jwkAlg');
  const wantUse = isJws ? 'sig' : 'enc';
  if (key.use !== undefined && key.use !== wantUse) mismatch(`The key's JWK says "use": "${key.use}", so it may not be used to ${operation}`, { use: key.use }, 'use');
  if (key.keyOps && !key.keyOps.some((op) => KEY_OPS[operation].includes(op))) {
    mismatch(`The key's JWK "key_ops" is [${key.keyOps.join(', ')}], which does not allow ${operation}`, { keyOps: key.keyOps }, 'keyOps');
  }
  return findings;
}
