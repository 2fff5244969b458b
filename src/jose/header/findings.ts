import { rfcRef, echo, type Finding } from '../lib/errors.ts';
import type { FindingCode } from '../lib/finding-codes.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { isJweAlg, isJwsAlg } from '../lib/registry.ts';
import { headerIssues } from './crit.ts';

const SUSPICIOUS_KID = /\.\.|[/\\'"<>;|`$]|\s(?:union|select|or|and)\s/i;

/**
 * What a person should notice about one JOSE header: alg none, algorithms to avoid, keys or URLs
 * carried in the header, crit and b64 rules, kid values that look like injection attempts.
 *
 * @example
 * headerFindings('JWS', { alg: 'none' }, { alg: 'none' }, []).map((f) => f.code); // ['ALG_NONE']
 */
export function headerFindings(
  kind: 'JWS' | 'JWE',
  header: JsonObject,
  protectedHeader: JsonObject | undefined,
  unprotected: readonly (JsonObject | undefined)[],
): Finding[] {
  const out: Finding[] = [];
  const add = (code: FindingCode, severity: Finding['severity'], message: string, ref?: Finding['ref'], params?: Finding['params']) =>
    out.push({ code, severity, message, segment: 'header', ...(ref ? { ref } : {}), ...(params ? { params } : {}) });
  const alg = header.alg;
  if (alg === 'none') add('ALG_NONE', 'danger', 'The "alg" is "none": an Unsecured JWS with no signature. Anyone can forge it; it never verifies', rfcRef(7518, '3.6'));
  else if (typeof alg === 'string' && alg.toLowerCase() === 'none') {
    add('ALG_NONE_VARIANT', 'danger', `The "alg" is "${alg}", a case variant of "none" used to slip past filters; it is not a registered algorithm`, rfcRef(7518, '3.6'), { alg: echo(alg) });
  } else if (typeof alg === 'string' && !(kind === 'JWS' ? isJwsAlg(alg) : isJweAlg(alg))) {
    add('ALG_UNKNOWN', 'warning', `The "alg" ${echo(alg)} is not a registered ${kind} algorithm`, rfcRef(kind === 'JWS' ? 7515 : 7516, '4.1.1'), { alg: echo(alg), kind });
  }
  if (kind === 'JWS' && header.enc !== undefined) add('JWE_HEADER_ON_JWS', 'danger', 'The header has "enc", which only a JWE has, yet the token is a JWS (3 segments): RFC 7516 §9', rfcRef(7516, '9'));
  if (kind === 'JWE' && isJwsAlg(alg)) add('JWS_ALG_ON_JWE', 'danger', `The "alg" ${alg} is a signature algorithm, yet the token is a JWE (5 segments): RFC 7516 §9`, rfcRef(7516, '9'), { alg: String(alg) });
  if (kind === 'JWS' && alg === 'EdDSA') add('ALG_EDDSA_DEPRECATED', 'info', 'RFC 9864 deprecates the polymorphic "EdDSA" for the fully-specified "Ed25519" and "Ed448", which name the curve; verifiers may stop accepting "EdDSA"', rfcRef(9864, '2.2'));
  if (alg === 'RSA1_5') add('ALG_RSA1_5', 'danger', 'RSA1_5 (RSAES-PKCS1-v1_5) is deprecated: it is open to padding-oracle attacks (Bleichenbacher); prefer RSA-OAEP-256', rfcRef(7518, '4.2'));
  for (const [name, code] of [['jku', 'HEADER_JKU'], ['x5u', 'HEADER_X5U']] as const) {
    if (header[name] !== undefined) {
      add(code, 'warning', `The header names a key URL in "${name}" (${echo(header[name])}). It is never fetched automatically: trusting it lets the token choose its own key`, rfcRef(8725, '3.10'), { url: echo(header[name]) });
    }
  }
  if (header.jwk !== undefined) {
    const jwk = header.jwk;
    const oct = isJsonObject(jwk) && jwk.kty === 'oct';
    const priv = isJsonObject(jwk) && jwk.d !== undefined;
    add('HEADER_JWK', oct || priv ? 'danger' : 'warning', oct
      ? 'The header embeds a secret key ("jwk" with kty "oct"): whoever made the token chose the key; it must never be used'
      : `The header embeds a key in "jwk"${priv ? ' including its private part "d"' : ''}. Verifying with it proves nothing: the token chose its own key`, rfcRef(7515, '4.1.3'), { kind: oct ? 'secret' : priv ? 'private' : 'public' });
  }
  if (header.x5c !== undefined) add('HEADER_X5C', 'info', 'The header carries a certificate chain in "x5c"; it proves nothing unless the chain is validated to a trusted root', rfcRef(7515, '4.1.6'));
  if (typeof header.kid === 'string' && SUSPICIOUS_KID.test(header.kid)) {
    add('KID_SUSPICIOUS', 'warning', `The "kid" ${echo(header.kid, 120)} contains characters used in path traversal or injection; use it only for an exact match`, rfcRef(8725, '3.10'), { kid: echo(header.kid, 120) });
  }
  if (Object.prototype.hasOwnProperty.call(header, '__proto__') || Object.prototype.hasOwnProperty.call(header, 'constructor')) {
    add('HEADER_PROTOTYPE_NAME', 'warning', 'The header has a member named "__proto__" or "constructor", a sign of a prototype-pollution attempt; it is kept as a plain member');
  }
  if (kind === 'JWS') {
    for (const issue of headerIssues(protectedHeader, unprotected)) {
      const { error: _error, ...finding } = issue;
      out.push(finding);
    }
  } else if (unprotected.some((h) => h !== undefined && Object.prototype.hasOwnProperty.call(h, 'zip'))) {
    add('ZIP_UNPROTECTED', 'danger', '"zip" must be in the protected header (RFC 7516 §4.1.3)', rfcRef(7516, '4.1.3'));
  }
  if (kind === 'JWE' && header.zip !== undefined) add('ZIP', 'info', `The plaintext is compressed ("zip": ${echo(header.zip)}); compressing before encrypting can leak content length`, rfcRef(7516, '4.1.3'), { zip: echo(header.zip) });
  if (kind === 'JWE' && typeof header.p2c === 'number' && header.p2c > 10000) {
    add('PBES2_P2C_HIGH', 'warning', `"p2c" is ${header.p2c}: above 10,000 PBKDF2 iterations decryption is refused by default (denial of service)`, rfcRef(7518, '4.8.1.2'), { p2c: header.p2c });
  }
  if (kind === 'JWE' && typeof header.p2c === 'number' && header.p2c < 1000 && typeof alg === 'string' && alg.startsWith('PBES2')) {
    add('PBES2_P2C_LOW', 'warning', `The PBES2 iteration count "p2c" is ${header.p2c}: a low count makes the password cheap to guess; RFC 7518 §4.8.1.2 recommends at least 1000`, rfcRef(7518, '4.8.1.2'), { p2c: header.p2c });
  }
  const typ = header.typ;
  const cty = header.cty;
  if (typeof cty === 'string' && /^(application\/)?jwt$/i.test(cty)) add('NESTED_JWT', 'info', 'The "cty" says the payload is itself a JWT (a nested token)', rfcRef(7519, '5.2'));
  if (typ !== undefined && typeof typ !== 'string') add('TYP_INVALID', 'warning', '"typ" must be a string', rfcRef(7515, '4.1.9'));
  return out;
}
