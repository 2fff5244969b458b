import { JoseError } from '../lib/errors.ts';
import { isJsonObject } from '../lib/json.ts';
import { JWS_ALGS, isJwsAlg, type JwsAlg } from '../lib/registry.ts';
import { assertKeyFits } from '../jwk/fit.ts';
import { thumbprint } from '../jwk/thumbprint.ts';
import type { JoseKey, Jwk } from '../jwk/types.ts';
import { sign } from '../jws/sign.ts';
import { serializeCompact } from '../serialize/compact.ts';
import { decodeParts } from './decode.ts';
import { digestOf } from './digest.ts';
import { KB_JWT_TYP } from './syntax.ts';
import { parseSdJwt } from './parse.ts';
import { parsePointer, resolvePointer } from './pointer.ts';
import { serializeSdJwt } from './serialize.ts';
import type { DecodedSdJwt, PresentSdJwtOptions } from './types.ts';
import { verifySdJwt } from './verify.ts';

/** The first JWS alg a signing key fits (ES256 for P-256, EdDSA for Ed25519, RS256 for RSA...), or its own "alg". */
function defaultAlg(key: JoseKey): JwsAlg {
  if (key.alg && isJwsAlg(key.alg)) return key.alg;
  for (const alg of JWS_ALGS) {
    if (alg.startsWith('HS')) continue;
    try {
      assertKeyFits(key, alg, 'sign');
      return alg;
    } catch {
      // Try the next alg.
    }
  }
  throw new JoseError('ERR_SDJWT_KB_KEY', 'The holder key fits no signature algorithm; a Key Binding JWT needs an asymmetric private key', { segment: 'key' });
}

const isPrefix = (prefix: readonly string[], tokens: readonly string[]) => prefix.length <= tokens.length && prefix.every((t, i) => t === tokens[i]);

/**
 * The Disclosures to send for the requested pointers: for each, the Disclosure that carries the
 * value (the deepest one whose pointer contains it) and every Disclosure above it (RFC 9901 §4.2.6:
 * a Disclosure must "connect" to the Issuer-signed JWT). A pointer to an always-visible claim needs none.
 */
function selectDisclosures(decoded: DecodedSdJwt, disclose: PresentSdJwtOptions['disclose']): Set<number> {
  const chosen = new Set<number>();
  if (disclose === 'all') {
    decoded.disclosures.forEach((d) => chosen.add(d.index));
    return chosen;
  }
  const tokensOf = decoded.disclosures.map((d) => parsePointer(d.pointer));
  for (const pointer of disclose) {
    const tokens = parsePointer(pointer);
    if (resolvePointer(decoded.claims, tokens) === undefined) {
      throw new JoseError('ERR_SDJWT_POINTER', `"${pointer}" names no claim or array element of this SD-JWT (with every Disclosure applied)`, { details: { pointer } });
    }
    let best: number | undefined;
    tokensOf.forEach((t, i) => {
      if (isPrefix(t, tokens) && (best === undefined || t.length > tokensOf[best]!.length)) best = i;
    });
    for (let i = best; i !== undefined; i = decoded.disclosures[i]!.foundAt.disclosure) chosen.add(i);
  }
  return chosen;
}

async function keyBindingJwt(decoded: DecodedSdJwt, hashedText: string, options: PresentSdJwtOptions & { holderKey: JoseKey }): Promise<string> {
  const key = options.holderKey;
  if (key.type !== 'private') throw new JoseError('ERR_SDJWT_KB_KEY', `A Key Binding JWT is signed with the holder's private key; this is a ${key.type === 'public' ? 'public key' : 'shared secret'}`, { segment: 'key' });
  const cnf = decoded.claims.cnf;
  const jwk = isJsonObject(cnf) && isJsonObject(cnf.jwk) ? (cnf.jwk as unknown as Jwk) : undefined;
  if (!jwk) throw new JoseError('ERR_SDJWT_KB_KEY', 'The SD-JWT has no "cnf"."jwk": a verifier would have no holder key to check a Key Binding JWT with (RFC 9901 §4.1.2)', { segment: 'payload' });
  let expected: string;
  try {
    expected = await thumbprint(jwk);
  } catch (error) {
    throw new JoseError('ERR_SDJWT_KB_KEY', `"cnf"."jwk" is not a usable key: ${(error as Error).message}`, { segment: 'payload', cause: error });
  }
  if ((await thumbprint(key)) !== expected) throw new JoseError('ERR_SDJWT_KB_KEY', 'The holder key is not the key in "cnf"."jwk": the verifier would refuse the Key Binding JWT', { segment: 'key' });
  for (const name of ['aud', 'nonce'] as const) {
    if (typeof options[name] !== 'string' || options[name] === '') {
      throw new JoseError(name === 'aud' ? 'ERR_SDJWT_KB_AUD' : 'ERR_SDJWT_KB_NONCE', `A Key Binding JWT needs "${name}" (${name === 'aud' ? 'the verifier it is for' : "the verifier's fresh value"}) (RFC 9901 §4.3)`, { details: { member: name } });
    }
  }
  const iat = options.iat instanceof Date ? Math.floor(options.iat.getTime() / 1000) : (options.iat ?? Math.floor(Date.now() / 1000));
  const { digest } = await digestOf(decoded.sdAlg, hashedText);
  const alg = options.alg ?? defaultAlg(key);
  const jws = await sign({ iat, aud: options.aud!, nonce: options.nonce!, sd_hash: digest }, key, { alg, header: { typ: KB_JWT_TYP } });
  return serializeCompact(jws);
}

/**
 * A presentation of an issued SD-JWT (RFC 9901 §7.2): the Issuer-signed JWT with only the
 * Disclosures for `disclose` (pointers into the processed claims, or 'all'; a pointer reveals that
 * claim or element and the Disclosures above it, not the selectively disclosable claims nested
 * inside it — name those too), and with `holderKey` a Key Binding JWT over it ("aud", "nonce",
 * "iat", "sd_hash"), signed with the key "cnf" names. Keeps the serialization it was given.
 *
 * @example
 * const vp = await presentSdJwt(sdJwt, { disclose: ['/given_name', '/address/locality'], holderKey, aud: 'https://verifier.example', nonce });
 */
export async function presentSdJwt(sdJwt: string, options: PresentSdJwtOptions): Promise<string> {
  const parts = parseSdJwt(sdJwt);
  if (parts.kb) throw new JoseError('ERR_SDJWT_KB_UNEXPECTED', 'This is already a presentation (SD-JWT+KB); a holder presents the SD-JWT it was issued, which ends with "~" (RFC 9901 §7.2)', { segment: 'kb_jwt', ...(parts.kb.start !== undefined ? { offset: parts.kb.start } : {}) });
  if (options.issuerKey) await verifySdJwt(sdJwt, options.issuerKey);
  const decoded = await decodeParts(parts, {}, false);
  const chosen = selectDisclosures(decoded, options.disclose);
  const disclosures = parts.disclosures.filter((_, i) => chosen.has(i)).map((d) => d.encoded);
  const hashedText = `${parts.issuerJwt}~${disclosures.map((d) => `${d}~`).join('')}`;
  const kb = options.holderKey ? await keyBindingJwt(decoded, hashedText, { ...options, holderKey: options.holderKey }) : undefined;
  if (parts.serialization === 'compact') return hashedText + (kb ?? '');
  return serializeSdJwt(parts.jws, disclosures, kb, parts.serialization);
}
