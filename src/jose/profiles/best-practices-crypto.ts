/** The RFC 8725 rules about algorithms, keys and cryptographic operations (§3.1-3.6, bis §3.13, §3.15). */
import { echo } from '../lib/errors.ts';
import { isJsonObject } from '../lib/json.ts';
import { HASH_BYTES, isJweAlg, isJweEnc, isJwsAlg, JWE_ALG_INFO, JWS_ALG_INFO } from '../lib/registry.ts';
import { DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_PBES2_COUNT, MIN_PBES2_SALT_BYTES } from '../jwe/limits.ts';
import { base64urlDecode } from '../lib/base64url.ts';
import { describeKey } from '../jwk/import.ts';
import { check, headerMember, memberText } from './check.ts';
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
  if (typeof alg !== 'string') return rule(title, check('alg_allowlist', false, 'must', '"alg" is missing: nothing to check against an allow-list', bcp('3.1'), m));
  if (alg.toLowerCase() === 'none') {
    return rule(title, check('alg_allowlist', false, 'must', `"alg" is ${echo(alg)}${alg !== 'none' ? ' (a case variant that slips past a block-list comparing "none" exactly)' : ''}: an allow-list of the algorithms you expect never contains it`, bcp('3.1'), m));
  }
  const known = view.kind === 'JWE' ? isJweAlg(alg) : isJwsAlg(alg);
  if (!known) return rule(title, check('alg_allowlist', false, 'must', `"alg" ${echo(alg)} is not a registered ${view.kind === 'JWE' ? 'JWE' : 'JWS'} algorithm (algorithm names are case-sensitive)`, bcp('3.1'), m));
  const enc = view.header.enc;
  if (view.kind === 'JWE' && !isJweEnc(enc)) return rule(title, check('alg_allowlist', false, 'must', `"enc" ${echo(enc)} is not a registered content encryption algorithm`, bcp('3.1'), { member: headerMember('enc') }));
  return rule(title, check('alg_allowlist', true, 'must', `"alg" ${alg}${view.kind === 'JWE' ? ` / "enc" ${memberText(enc)}` : ''} is registered; a verifier accepts only the algorithms it expects from this issuer, never what the header asks for`, bcp('3.1'), m));
}

export function appropriateAlgorithms(view: TokenView): BestPracticeRule {
  const title = 'Use Appropriate Algorithms';
  const alg = memberText(view.header.alg);
  const m = { member: headerMember('alg') };
  if (alg.toLowerCase() === 'none') return rule(title, check('appropriate_algorithms', false, 'must', 'An unsecured JWT ("none") is acceptable only when something else protects it, and libraries should not accept it unless asked', bcp('3.2'), m));
  if (alg === 'RSA1_5') return rule(title, check('appropriate_algorithms', false, 'should', 'RSA1_5 (RSAES-PKCS1-v1_5) is open to padding-oracle attacks; use RSA-OAEP', bcp('3.2'), m));
  if (!(view.kind === 'JWE' ? isJweAlg(alg) : isJwsAlg(alg))) return rule(title, check('appropriate_algorithms', 'n/a', 'should', `${echo(alg)} is not a registered algorithm, so there is nothing to judge (the allow-list rule refuses it)`, bcp('3.2'), m));
  return rule(title, check('appropriate_algorithms', true, 'should', `${alg} is a current algorithm`, bcp('3.2'), m));
}

export function keyFitsAlg(view: TokenView, result: BestPracticesInput | undefined): BestPracticeRule {
  const title = 'Perform Algorithm Verification (one key, one algorithm)';
  const alg = memberText(result?.alg ?? view.header.alg);
  const key = result?.key;
  if (!key) return rule(title, check('key_fits_alg', 'n/a', 'must', 'Verify or decrypt first: this rule is about the key that was used', bcp('3.1'), NEEDS_RESULT));
  if (key.alg === alg) return rule(title, check('key_fits_alg', true, 'must', `The key's JWK says "alg": "${alg}", so it cannot be used with any other algorithm`, bcp('3.1')));
  return rule(title, check('key_fits_alg', false, 'should', `${describeKey(key)} fits ${alg}, but its JWK has no "alg" member binding it to that one algorithm; add "alg": "${alg}" (each key MUST be used with exactly one algorithm)`, bcpBis('3.1', 'Perform Algorithm Verification')));
}

export function noAlgConfusion(view: TokenView, result: BestPracticesInput | undefined): BestPracticeRule {
  const title = 'Perform Algorithm Verification (no algorithm confusion)';
  const alg = memberText(view.header.alg);
  const hmac = isJwsAlg(alg) && JWS_ALG_INFO[alg].family === 'HMAC';
  if (result?.key) {
    const key = result.key;
    const ok = hmac ? key.type === 'secret' : key.type !== 'secret' || view.kind === 'JWE';
    return rule(title, ok
      ? check('no_alg_confusion', true, 'must', `${describeKey(key)} with ${alg}: the key's type decides the algorithm family, so a public key never becomes an HMAC secret`, bcp('2.1'))
      : check('no_alg_confusion', false, 'must', `${describeKey(key)} was used with ${alg}: the algorithm family does not match the key`, bcp('2.1')));
  }
  const embedded = ['jwk', 'x5c', 'x5u', 'jku'].filter((n) => view.header[n] !== undefined);
  if (hmac && embedded.length) {
    return rule(title, check('no_alg_confusion', false, 'must', `An HMAC alg (${alg}) with ${embedded.map((n) => `"${n}"`).join(', ')} in the header: the classic confusion attack signs with a public key used as the HMAC secret`, bcp('2.1'), { member: headerMember('alg') }));
  }
  return rule(title, check('no_alg_confusion', 'n/a', 'must', 'Verify first: this rule is about the key the algorithm ran with', bcp('2.1'), NEEDS_RESULT));
}

export function validateCrypto(view: TokenView, result: BestPracticesInput | undefined): BestPracticeRule {
  const title = 'Validate All Cryptographic Operations';
  const ref = bcp('3.3');
  const alg = memberText(view.header.alg);
  if (view.kind === 'unsecured') return rule(title, check('validate_crypto', false, 'must', 'Nothing to validate: the token is unsigned', ref));
  if (view.kind === 'JWS') {
    return rule(title, result?.key
      ? check('validate_crypto', true, 'must', 'The signature was verified', ref)
      : check('validate_crypto', 'n/a', 'must', 'The signature has not been verified yet', ref, NEEDS_RESULT));
  }
  const cty = typeof view.header.cty === 'string' && /^(application\/)?jwt$/i.test(view.header.cty);
  if (cty || result?.nested) return rule(title, check('validate_crypto', result?.key ? true : 'n/a', 'must', 'A nested JWT: the inner JWT must be verified too, with its own key and algorithms', ref, result?.key ? {} : NEEDS_RESULT));
  if (OWNED_BY_PUBLIC_KEY.includes(alg)) {
    return rule(title, check('validate_crypto', false, 'should', `Encrypted to a public key (${echo(alg)}) without an inner signature: anyone with the public key could have made it, so decrypting proves nothing about the sender`, bcpBis('3.3', 'Validate All Cryptographic Operations')));
  }
  return rule(title, check('validate_crypto', result?.key ? true : 'n/a', 'must', `Encrypted with a shared key (${echo(alg)}): decrypting also authenticates whoever holds that key`, ref, result?.key ? {} : NEEDS_RESULT));
}

export function validateInputs(view: TokenView): BestPracticeRule {
  const title = 'Validate Cryptographic Inputs';
  const ref = bcp('3.4');
  const alg = memberText(view.header.alg);
  if (view.kind !== 'JWE' || !alg.startsWith('ECDH-ES')) return rule(title, check('validate_inputs', 'n/a', 'must', 'No ECDH-ES key agreement: no ephemeral public key to validate', ref));
  const epk = view.header.epk;
  const m = { member: headerMember('epk') };
  if (!isJsonObject(epk)) return rule(title, check('validate_inputs', false, 'must', 'ECDH-ES needs "epk", the ephemeral public key', ref, m));
  if (epk.d !== undefined) return rule(title, check('validate_inputs', false, 'must', '"epk" carries a private key ("d")', ref, m));
  return rule(title, check('validate_inputs', true, 'must', `"epk" is ${echo(epk.kty)} ${echo(epk.crv)}; JOSE Lab checks the point is on the curve and the curve is the recipient's before deriving (invalid-curve attack)`, ref, m));
}

export function keyStrength(view: TokenView, result: BestPracticesInput | undefined): BestPracticeRule {
  const title = 'Ensure Cryptographic Keys Have Sufficient Entropy';
  const ref = bcp('3.5');
  const key = result?.key;
  if (!key) return rule(title, check('key_strength', 'n/a', 'must', 'Verify or decrypt first: this rule is about the key', ref, NEEDS_RESULT));
  const alg = memberText(result?.alg ?? view.header.alg);
  const weak = [...(result?.findings ?? []), ...key.findings].find((f) => /^(WEAK_HMAC_SECRET|KEY_RSA_SHORT|KEY_ROCA|SECRET_WEAK)/.test(f.code));
  if (weak) return rule(title, check('key_strength', false, 'must', weak.message, ref));
  if (key.kty === 'oct' && isJwsAlg(alg) && JWS_ALG_INFO[alg].hash) {
    const need = HASH_BYTES[JWS_ALG_INFO[alg].hash!] * 8;
    if (key.bits < need) return rule(title, check('key_strength', false, 'must', `The secret is ${key.bits / 8} bytes; ${alg} needs at least ${need / 8} random bytes (a password must never be an HMAC key)`, ref));
  }
  if (key.kty === 'RSA' && key.bits < 2048) return rule(title, check('key_strength', false, 'must', `The RSA key is ${key.bits} bits; at least 2048`, rfc(7518, '3.3')));
  if (isJweAlg(alg) && JWE_ALG_INFO[alg].family === 'PBES2') return rule(title, check('key_strength', true, 'should', 'A password-based key (PBES2): still open to brute force, so use a long random password', rfc(7518, '8.8')));
  return rule(title, check('key_strength', true, 'must', `${describeKey(key)}: long enough for ${alg}`, ref));
}

export function noCompression(view: TokenView): BestPracticeRule {
  const title = 'Avoid Compression of Encryption Inputs';
  if (view.kind !== 'JWE') return rule(title, check('no_compression', 'n/a', 'should', 'Not encrypted: nothing is compressed before encryption', bcp('3.6')));
  return rule(title, view.header.zip === undefined
    ? check('no_compression', true, 'should', 'The plaintext is not compressed', bcp('3.6'))
    : check('no_compression', false, 'should', `"zip": ${echo(view.header.zip)}: compressing before encrypting lets the ciphertext length reveal the plaintext`, bcp('3.6'), { member: headerMember('zip') }));
}

/** What is wrong with a PBES2 "p2s" (RFC 7518 §4.8.1.1: base64url of at least 8 octets), if anything. */
function saltProblem(p2s: unknown): string | undefined {
  if (typeof p2s !== 'string') return p2s === undefined ? 'No "p2s" (salt input)' : `"p2s" must be a base64url string, not ${echo(p2s)}`;
  try {
    const n = base64urlDecode(p2s, { allowEmpty: true }).length;
    return n < MIN_PBES2_SALT_BYTES ? `"p2s" is ${n} octet${n === 1 ? '' : 's'}` : undefined;
  } catch {
    return '"p2s" is not base64url';
  }
}

export function p2cLimit(view: TokenView): BestPracticeRule {
  const title = 'Limit Hash Iteration Count';
  const ref = bcpBis('3.13', title);
  const alg = memberText(view.header.alg);
  if (view.kind !== 'JWE' || !alg.startsWith('PBES2')) return rule(title, check('p2c_limit', 'n/a', 'should', 'Not PBES2: no iteration count', ref));
  const p2c = view.header.p2c;
  const m = { member: headerMember('p2c') };
  if (typeof p2c !== 'number' || !Number.isInteger(p2c) || p2c < 1) return rule(title, check('p2c_limit', false, 'must', `"p2c" must be a positive integer, not ${echo(p2c)}`, rfc(7518, '4.8.1.2'), m));
  const salt = saltProblem(view.header.p2s);
  if (salt) return rule(title, check('p2c_limit', false, 'must', `${salt}: the iteration count buys nothing against precomputed passwords without a salt of at least ${MIN_PBES2_SALT_BYTES} octets`, rfc(7518, '4.8.1.1'), { member: headerMember('p2s') }));
  // The draft recommends refusing more than twice OWASP's 600,000; JOSE Lab's own cap is lower.
  if (p2c > 1_200_000) return rule(title, check('p2c_limit', false, 'should', `"p2c" is ${p2c}: more than twice OWASP's 600,000 iterations, a denial-of-service lever`, ref, m));
  const note = p2c > DEFAULT_MAX_PBES2_COUNT ? `; JOSE Lab's decrypt refuses more than ${DEFAULT_MAX_PBES2_COUNT} unless allowed` : '';
  return rule(title, check('p2c_limit', true, 'should', `"p2c" is ${p2c}${note}`, ref, m));
}

export function decompressionLimit(view: TokenView): BestPracticeRule {
  const title = 'Limit JWE Decompression Size';
  const ref = bcpBis('3.15', title);
  if (view.kind !== 'JWE' || view.header.zip === undefined) return rule(title, check('decompression_limit', 'n/a', 'should', 'Nothing to decompress', ref));
  if (view.header.zip !== 'DEF') return rule(title, check('decompression_limit', false, 'must', `"zip" ${echo(view.header.zip)} is not "DEF", the only registered compression`, rfc(7516, '4.1.3'), { member: headerMember('zip') }));
  return rule(title, check('decompression_limit', true, 'should', `DEFLATE: JOSE Lab stops inflating at ${DEFAULT_MAX_DECOMPRESSED_BYTES.toLocaleString('en')} bytes; a verifier must cap it too (the draft suggests 250 KB)`, ref, { member: headerMember('zip') }));
}
