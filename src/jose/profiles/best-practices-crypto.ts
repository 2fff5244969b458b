/** The RFC 8725 rules about algorithms, keys and cryptographic operations (§3.1-3.6, bis §3.13, §3.15). */
import { echo } from '../lib/errors.ts';
import { isJsonObject } from '../lib/json.ts';
import { HASH_BYTES, isJweAlg, isJweEnc, isJwsAlg, JWE_ALG_INFO, JWS_ALG_INFO } from '../lib/registry.ts';
import { DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_PBES2_COUNT, MIN_PBES2_SALT_BYTES } from '../jwe/limits.ts';
import { base64urlDecode } from '../lib/base64url.ts';
import { describeKey } from '../jwk/import.ts';
import { check, headerMember, memberText, say } from './check.ts';
import { findingSaid, keyParams } from './said.ts';
import { bcpBis, rfc } from './refs.ts';
import type { TokenView } from './token.ts';
import type { BestPracticeRule, BestPracticesInput } from './best-practices-types.ts';
import type { ProfileCheck, SpecRef } from './types.ts';

export function rule(title: string, c: ProfileCheck): BestPracticeRule {
  return { ...c, title, section: c.ref.label.replace(/ \(.*\)$/, '') };
}

const bcp = (section: string): SpecRef => rfc(8725, section);
const NEEDS_RESULT = { needs: ['result'] };
/** JWE key management whose encryption key is public: anyone may encrypt, so decryption authenticates no one. */
const OWNED_BY_PUBLIC_KEY = ['RSA1_5', 'RSA-OAEP', 'RSA-OAEP-256', 'RSA-OAEP-384', 'RSA-OAEP-512', 'ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A192KW', 'ECDH-ES+A256KW'];

export function algAllowlist(view: TokenView): BestPracticeRule {
  const title = 'Perform Algorithm Verification';
  const alg = view.header.alg;
  const m = { member: headerMember('alg') };
  if (typeof alg !== 'string') return rule(title, check('alg_allowlist', false, 'must', say('bp.allow.missing', '"alg" is missing: nothing to check against an allow-list'), bcp('3.1'), m));
  if (alg.toLowerCase() === 'none') {
    const variant = alg !== 'none';
    return rule(title, check('alg_allowlist', false, 'must', say('bp.allow.none', `"alg" is ${echo(alg)}${variant ? ' (a case variant that slips past a block-list comparing "none" exactly)' : ''}: an allow-list of the algorithms you expect never contains it`, { alg: echo(alg), variant }), bcp('3.1'), m));
  }
  const known = view.kind === 'JWE' ? isJweAlg(alg) : isJwsAlg(alg);
  const kind = view.kind === 'JWE' ? 'JWE' : 'JWS';
  if (!known) return rule(title, check('alg_allowlist', false, 'must', say('bp.allow.unknown', `"alg" ${echo(alg)} is not a registered ${kind} algorithm (algorithm names are case-sensitive)`, { alg: echo(alg), kind }), bcp('3.1'), m));
  const enc = view.header.enc;
  if (view.kind === 'JWE' && !isJweEnc(enc)) return rule(title, check('alg_allowlist', false, 'must', say('bp.allow.unknownEnc', `"enc" ${echo(enc)} is not a registered content encryption algorithm`, { enc: echo(enc) }), bcp('3.1'), { member: headerMember('enc') }));
  const encText = view.kind === 'JWE' ? memberText(enc) : '';
  return rule(title, check('alg_allowlist', true, 'must', say('bp.allow.ok', `"alg" ${alg}${encText ? ` / "enc" ${encText}` : ''} is registered; a verifier accepts only the algorithms it expects from this issuer, never what the header asks for`, { alg, enc: encText }), bcp('3.1'), m));
}

export function appropriateAlgorithms(view: TokenView): BestPracticeRule {
  const title = 'Use Appropriate Algorithms';
  const alg = memberText(view.header.alg);
  const m = { member: headerMember('alg') };
  if (alg.toLowerCase() === 'none') return rule(title, check('appropriate_algorithms', false, 'must', say('bp.algs.none', 'An unsecured JWT ("none") is acceptable only when something else protects it, and libraries should not accept it unless asked'), bcp('3.2'), m));
  if (alg === 'RSA1_5') return rule(title, check('appropriate_algorithms', false, 'should', say('bp.algs.rsa1_5', 'RSA1_5 (RSAES-PKCS1-v1_5) is open to padding-oracle attacks; use RSA-OAEP'), bcp('3.2'), m));
  if (!(view.kind === 'JWE' ? isJweAlg(alg) : isJwsAlg(alg))) return rule(title, check('appropriate_algorithms', 'n/a', 'should', say('bp.algs.unknown', `${echo(alg)} is not a registered algorithm, so there is nothing to judge (the allow-list rule refuses it)`, { alg: echo(alg) }), bcp('3.2'), m));
  return rule(title, check('appropriate_algorithms', true, 'should', say('bp.algs.ok', `${alg} is a current algorithm`, { alg }), bcp('3.2'), m));
}

export function keyFitsAlg(view: TokenView, result: BestPracticesInput | undefined): BestPracticeRule {
  const title = 'Perform Algorithm Verification (one key, one algorithm)';
  const alg = memberText(result?.alg ?? view.header.alg);
  const key = result?.key;
  if (!key) return rule(title, check('key_fits_alg', 'n/a', 'must', say('bp.keyAlg.needsResult', 'Verify or decrypt first: this rule is about the key that was used'), bcp('3.1'), NEEDS_RESULT));
  if (key.alg === alg) return rule(title, check('key_fits_alg', true, 'must', say('bp.keyAlg.bound', `The key's JWK says "alg": "${alg}", so it cannot be used with any other algorithm`, { alg }), bcp('3.1')));
  return rule(title, check('key_fits_alg', false, 'should', say('bp.keyAlg.unbound', `${describeKey(key)} fits ${alg}, but its JWK has no "alg" member binding it to that one algorithm; add "alg": "${alg}" (each key MUST be used with exactly one algorithm)`, { ...keyParams(key), alg }), bcpBis('3.1', 'Perform Algorithm Verification')));
}

export function noAlgConfusion(view: TokenView, result: BestPracticesInput | undefined): BestPracticeRule {
  const title = 'Perform Algorithm Verification (no algorithm confusion)';
  const alg = memberText(view.header.alg);
  const hmac = isJwsAlg(alg) && JWS_ALG_INFO[alg].family === 'HMAC';
  if (result?.key) {
    const key = result.key;
    const ok = hmac ? key.type === 'secret' : key.type !== 'secret' || view.kind === 'JWE';
    return rule(title, ok
      ? check('no_alg_confusion', true, 'must', say('bp.confusion.ok', `${describeKey(key)} with ${alg}: the key's type decides the algorithm family, so a public key never becomes an HMAC secret`, { ...keyParams(key), alg }), bcp('2.1'))
      : check('no_alg_confusion', false, 'must', say('bp.confusion.mismatch', `${describeKey(key)} was used with ${alg}: the algorithm family does not match the key`, { ...keyParams(key), alg }), bcp('2.1')));
  }
  const embedded = ['jwk', 'x5c', 'x5u', 'jku'].filter((n) => view.header[n] !== undefined);
  if (hmac && embedded.length) {
    const names = embedded.map((n) => `"${n}"`).join(', ');
    return rule(title, check('no_alg_confusion', false, 'must', say('bp.confusion.embedded', `An HMAC alg (${alg}) with ${names} in the header: the classic confusion attack signs with a public key used as the HMAC secret`, { alg, names }), bcp('2.1'), { member: headerMember('alg') }));
  }
  return rule(title, check('no_alg_confusion', 'n/a', 'must', say('bp.confusion.needsResult', 'Verify first: this rule is about the key the algorithm ran with'), bcp('2.1'), NEEDS_RESULT));
}

export function validateCrypto(view: TokenView, result: BestPracticesInput | undefined): BestPracticeRule {
  const title = 'Validate All Cryptographic Operations';
  const ref = bcp('3.3');
  const alg = memberText(view.header.alg);
  if (view.kind === 'unsecured') return rule(title, check('validate_crypto', false, 'must', say('bp.crypto.unsigned', 'Nothing to validate: the token is unsigned'), ref));
  if (view.kind === 'JWS') {
    return rule(title, result?.key
      ? check('validate_crypto', true, 'must', say('bp.crypto.verified', 'The signature was verified'), ref)
      : check('validate_crypto', 'n/a', 'must', say('bp.crypto.notVerified', 'The signature has not been verified yet'), ref, NEEDS_RESULT));
  }
  const cty = typeof view.header.cty === 'string' && /^(application\/)?jwt$/i.test(view.header.cty);
  if (cty || result?.nested) return rule(title, check('validate_crypto', result?.key ? true : 'n/a', 'must', say('bp.crypto.nested', 'A nested JWT: the inner JWT must be verified too, with its own key and algorithms'), ref, result?.key ? {} : NEEDS_RESULT));
  if (OWNED_BY_PUBLIC_KEY.includes(alg)) {
    return rule(title, check('validate_crypto', false, 'should', say('bp.crypto.publicKey', `Encrypted to a public key (${echo(alg)}) without an inner signature: anyone with the public key could have made it, so decrypting proves nothing about the sender`, { alg: echo(alg) }), bcpBis('3.3', 'Validate All Cryptographic Operations')));
  }
  return rule(title, check('validate_crypto', result?.key ? true : 'n/a', 'must', say('bp.crypto.sharedKey', `Encrypted with a shared key (${echo(alg)}): decrypting also authenticates whoever holds that key`, { alg: echo(alg) }), ref, result?.key ? {} : NEEDS_RESULT));
}

export function validateInputs(view: TokenView): BestPracticeRule {
  const title = 'Validate Cryptographic Inputs';
  const ref = bcp('3.4');
  const alg = memberText(view.header.alg);
  if (view.kind !== 'JWE' || !alg.startsWith('ECDH-ES')) return rule(title, check('validate_inputs', 'n/a', 'must', say('bp.inputs.none', 'No ECDH-ES key agreement: no ephemeral public key to validate'), ref));
  const epk = view.header.epk;
  const m = { member: headerMember('epk') };
  if (!isJsonObject(epk)) return rule(title, check('validate_inputs', false, 'must', say('bp.inputs.noEpk', 'ECDH-ES needs "epk", the ephemeral public key'), ref, m));
  if (epk.d !== undefined) return rule(title, check('validate_inputs', false, 'must', say('bp.inputs.private', '"epk" carries a private key ("d")'), ref, m));
  const params = { kty: echo(epk.kty), crv: echo(epk.crv) };
  return rule(title, check('validate_inputs', true, 'must', say('bp.inputs.ok', `"epk" is ${params.kty} ${params.crv}; JOSE Lab checks the point is on the curve and the curve is the recipient's before deriving (invalid-curve attack)`, params), ref, m));
}

export function keyStrength(view: TokenView, result: BestPracticesInput | undefined): BestPracticeRule {
  const title = 'Ensure Cryptographic Keys Have Sufficient Entropy';
  const ref = bcp('3.5');
  const key = result?.key;
  if (!key) return rule(title, check('key_strength', 'n/a', 'must', say('bp.strength.needsResult', 'Verify or decrypt first: this rule is about the key'), ref, NEEDS_RESULT));
  const alg = memberText(result?.alg ?? view.header.alg);
  const weak = [...(result?.findings ?? []), ...key.findings].find((f) => /^(WEAK_HMAC_SECRET|KEY_RSA_SHORT|KEY_ROCA|SECRET_WEAK)/.test(f.code));
  if (weak) return rule(title, check('key_strength', false, 'must', findingSaid(weak), ref));
  if (key.kty === 'oct' && isJwsAlg(alg) && JWS_ALG_INFO[alg].hash) {
    const need = HASH_BYTES[JWS_ALG_INFO[alg].hash!] * 8;
    const params = { bytes: key.bits / 8, alg, need: need / 8 };
    if (key.bits < need) return rule(title, check('key_strength', false, 'must', say('bp.strength.shortSecret', `The secret is ${params.bytes} bytes; ${alg} needs at least ${params.need} random bytes (a password must never be an HMAC key)`, params), ref));
  }
  if (key.kty === 'RSA' && key.bits < 2048) return rule(title, check('key_strength', false, 'must', say('bp.strength.shortRsa', `The RSA key is ${key.bits} bits; at least 2048`, { bits: key.bits }), rfc(7518, '3.3')));
  if (isJweAlg(alg) && JWE_ALG_INFO[alg].family === 'PBES2') return rule(title, check('key_strength', true, 'should', say('bp.strength.password', 'A password-based key (PBES2): still open to brute force, so use a long random password'), rfc(7518, '8.8')));
  return rule(title, check('key_strength', true, 'must', say('bp.strength.ok', `${describeKey(key)}: long enough for ${alg}`, { ...keyParams(key), alg }), ref));
}

export function noCompression(view: TokenView): BestPracticeRule {
  const title = 'Avoid Compression of Encryption Inputs';
  if (view.kind !== 'JWE') return rule(title, check('no_compression', 'n/a', 'should', say('bp.zip.notJwe', 'Not encrypted: nothing is compressed before encryption'), bcp('3.6')));
  const zip = echo(view.header.zip);
  return rule(title, view.header.zip === undefined
    ? check('no_compression', true, 'should', say('bp.zip.none', 'The plaintext is not compressed'), bcp('3.6'))
    : check('no_compression', false, 'should', say('bp.zip.used', `"zip": ${zip}: compressing before encrypting lets the ciphertext length reveal the plaintext`, { zip }), bcp('3.6'), { member: headerMember('zip') }));
}

/**
 * What is wrong with a PBES2 "p2s" (RFC 7518 §4.8.1.1: base64url of at least 8 octets), if anything:
 * the English phrase, and `salt` (none / type / short / encoding) with `value` for another language.
 */
function saltProblem(p2s: unknown): { text: string; salt: string; value: string | number } | undefined {
  if (typeof p2s !== 'string') {
    return p2s === undefined ? { text: 'No "p2s" (salt input)', salt: 'none', value: '' } : { text: `"p2s" must be a base64url string, not ${echo(p2s)}`, salt: 'type', value: echo(p2s) };
  }
  try {
    const n = base64urlDecode(p2s, { allowEmpty: true }).length;
    return n < MIN_PBES2_SALT_BYTES ? { text: `"p2s" is ${n} octet${n === 1 ? '' : 's'}`, salt: 'short', value: n } : undefined;
  } catch {
    return { text: '"p2s" is not base64url', salt: 'encoding', value: '' };
  }
}

export function p2cLimit(view: TokenView): BestPracticeRule {
  const title = 'Limit Hash Iteration Count';
  const ref = bcpBis('3.13', title);
  const alg = memberText(view.header.alg);
  if (view.kind !== 'JWE' || !alg.startsWith('PBES2')) return rule(title, check('p2c_limit', 'n/a', 'should', say('bp.p2c.notPbes2', 'Not PBES2: no iteration count'), ref));
  const p2c = view.header.p2c;
  const m = { member: headerMember('p2c') };
  if (typeof p2c !== 'number' || !Number.isInteger(p2c) || p2c < 1) return rule(title, check('p2c_limit', false, 'must', say('bp.p2c.type', `"p2c" must be a positive integer, not ${echo(p2c)}`, { p2c: echo(p2c) }), rfc(7518, '4.8.1.2'), m));
  const salt = saltProblem(view.header.p2s);
  if (salt) {
    const params = { salt: salt.salt, value: salt.value, min: MIN_PBES2_SALT_BYTES };
    return rule(title, check('p2c_limit', false, 'must', say('bp.p2c.salt', `${salt.text}: the iteration count buys nothing against precomputed passwords without a salt of at least ${MIN_PBES2_SALT_BYTES} octets`, params), rfc(7518, '4.8.1.1'), { member: headerMember('p2s') }));
  }
  // The draft recommends refusing more than twice OWASP's 600,000; JOSE Lab's own cap is lower.
  if (p2c > 1_200_000) return rule(title, check('p2c_limit', false, 'should', say('bp.p2c.high', `"p2c" is ${p2c}: more than twice OWASP's 600,000 iterations, a denial-of-service lever`, { p2c }), ref, m));
  const cap = p2c > DEFAULT_MAX_PBES2_COUNT ? DEFAULT_MAX_PBES2_COUNT : 0;
  const note = cap ? `; JOSE Lab's decrypt refuses more than ${cap} unless allowed` : '';
  return rule(title, check('p2c_limit', true, 'should', say('bp.p2c.ok', `"p2c" is ${p2c}${note}`, { p2c, cap }), ref, m));
}

export function decompressionLimit(view: TokenView): BestPracticeRule {
  const title = 'Limit JWE Decompression Size';
  const ref = bcpBis('3.15', title);
  if (view.kind !== 'JWE' || view.header.zip === undefined) return rule(title, check('decompression_limit', 'n/a', 'should', say('bp.inflate.none', 'Nothing to decompress'), ref));
  if (view.header.zip !== 'DEF') return rule(title, check('decompression_limit', false, 'must', say('bp.inflate.unknown', `"zip" ${echo(view.header.zip)} is not "DEF", the only registered compression`, { zip: echo(view.header.zip) }), rfc(7516, '4.1.3'), { member: headerMember('zip') }));
  const cap = DEFAULT_MAX_DECOMPRESSED_BYTES;
  return rule(title, check('decompression_limit', true, 'should', say('bp.inflate.ok', `DEFLATE: JOSE Lab stops inflating at ${cap.toLocaleString('en')} bytes; a verifier must cap it too (the draft suggests 250 KB)`, { bytes: cap }), ref, { member: headerMember('zip') }));
}
