/** PKCS#8 PrivateKeyInfo / OneAsymmetricKey (RFC 5208, RFC 5958; ML-DSA per RFC 9881), to and from JWK. */
import { base64urlDecode, base64urlEncode } from '../lib/base64url.ts';
import { bytesEqual, type Bytes } from '../lib/bytes.ts';
import { JoseError, echo, type Finding } from '../lib/errors.ts';
import { ML_DSA_INFO, OKP_CURVE_BYTES, type MlDsaAlg } from '../lib/registry.ts';
import { okpPublicFromPrivate } from './curves.ts';
import { ctxTag, derOctetString, derSequence, derSmallInt, expect, parseDer, readBitString, readOctetString, readSmallInt, sequence, tlv, TAG, type DerNode } from './der.ts';
import { readRsaPrivateKey, writeRsaPrivateKey } from './pkcs1.ts';
import { readEcPrivateKey, writeEcPrivateKey, type ParsedKey } from './sec1.ts';
import { algorithmIdentifierFor, keyKind, readAlgorithmIdentifier } from './spki.ts';
import type { Jwk } from './types.ts';

const WHAT = 'private key (PKCS#8)';

/** True when a DER value is an EncryptedPrivateKeyInfo (so the message can say "encrypted"). */
export function isEncryptedPkcs8(node: DerNode): boolean {
  try {
    const items = sequence(node, 'EncryptedPrivateKeyInfo', 'key', 2);
    return items[0]!.tag === TAG.SEQUENCE && items[1]!.tag === TAG.OCTET_STRING;
  } catch {
    return false;
  }
}

export function readPkcs8(node: DerNode, what = WHAT): ParsedKey {
  const items = sequence(node, 'PrivateKeyInfo', what, 3, 5);
  const version = readSmallInt(items[0], 'the version', what);
  if (version > 1) throw new JoseError('ERR_KEY_INVALID', `The ${what} has version ${version}; PKCS#8 defines 0 and 1`, { segment: 'key' });
  const findings: Finding[] = [];
  const kind = keyKind(readAlgorithmIdentifier(items[1], what), what, findings);
  const inner = readOctetString(items[2], 'the private key', what);
  let publicBits: Bytes | undefined;
  for (const extra of items.slice(3)) {
    if (extra.tag === ctxTag(0)) continue; // attributes: nothing JOSE uses
    if (extra.tag === ctxTag(1, false) && version === 1) publicBits = readBitStringBody(extra);
    else throw new JoseError('ERR_KEY_INVALID', `The ${what} has an unexpected field after the private key`, { segment: 'key' });
  }
  if (kind.kty === 'RSA') return { jwk: readRsaPrivateKey(parseDer(inner, what), what), findings };
  if (kind.kty === 'AKP') return readMlDsaPrivateKey(kind.alg, parseDer(inner, what), publicBits, what, findings);
  if (kind.kty === 'EC') {
    const ec = readEcPrivateKey(parseDer(inner, what), what, kind.crv);
    return { jwk: ec.jwk, findings: [...findings, ...ec.findings] };
  }
  // RFC 8410 §7: CurvePrivateKey ::= OCTET STRING, inside the privateKey OCTET STRING.
  const d = expect(parseDer(inner, what), TAG.OCTET_STRING, `the ${kind.crv} private key`, what).content.slice();
  const size = OKP_CURVE_BYTES[kind.crv].privateBytes;
  if (d.length !== size) throw new JoseError('ERR_KEY_INVALID', `The ${kind.crv} private key is ${d.length} bytes; it must be ${size}`, { segment: 'key' });
  const x = okpPublicFromPrivate(kind.crv, d);
  if (publicBits && !bytesEqual(publicBits, x)) {
    throw new JoseError('ERR_KEY_INVALID', `The public key stored in the ${what} does not belong to its private key`, { segment: 'key' });
  }
  return { jwk: { kty: 'OKP', crv: kind.crv, x: base64urlEncode(x), d: base64urlEncode(d) }, findings };
}

/** [1] IMPLICIT BIT STRING: the content is a BIT STRING's content. */
function readBitStringBody(node: DerNode): Bytes {
  return readBitString({ ...node, tag: TAG.BIT_STRING }, 'the public key', WHAT);
}

/** A DER PKCS#8 private key read from bytes (the confusion guard tries it on a secret's bytes). */
export function parsePkcs8(der: Bytes): ParsedKey {
  return readPkcs8(parseDer(der, WHAT));
}

/** PKCS#8 v1 (RFC 5208) as OpenSSL writes it, which every tool reads. */
export function writePkcs8(jwk: Jwk): Bytes {
  let inner: Bytes;
  switch (jwk.kty) {
    case 'RSA':
      inner = writeRsaPrivateKey(jwk);
      break;
    case 'EC':
      inner = writeEcPrivateKey(jwk, false);
      break;
    case 'OKP':
      inner = derOctetString(base64urlDecode(String(jwk.d)));
      break;
    case 'AKP':
      // RFC 9881's seed form, [0] IMPLICIT OCTET STRING: the one form a JWK's seed maps to exactly.
      inner = tlv(ctxTag(0, false), base64urlDecode(String(jwk.priv)));
      break;
    default:
      throw new JoseError('ERR_KEY_INVALID', `A ${echo(jwk.kty)} key has no PEM form; only RSA, EC, OKP and ML-DSA keys do`, { segment: 'key' });
  }
  return derSequence(derSmallInt(0), algorithmIdentifierFor(jwk), derOctetString(inner));
}


/**
 * RFC 9881's ML-DSA private key CHOICE: seed [0] (32 bytes), expandedKey, or both. JOSE carries the
 * seed (RFC 9964), so an expandedKey alone cannot become a JWK. The JWK has no "pub" unless the file
 * stored one: importKey computes it from the seed and checks whatever the file also holds.
 */
function readMlDsaPrivateKey(alg: MlDsaAlg, node: DerNode, publicBits: Bytes | undefined, what: string, findings: Finding[]): ParsedKey {
  const sizes = ML_DSA_INFO[alg];
  const sized = (bytes: Bytes, expected: number, name: string): Bytes => {
    if (bytes.length !== expected) {
      throw new JoseError('ERR_KEY_INVALID', `The ${alg} ${name} in the ${what} is ${bytes.length} bytes; it must be exactly ${expected}`, { segment: 'key', details: { length: bytes.length, expectedLength: expected } });
    }
    return bytes;
  };
  let seed: Bytes;
  let expandedKey: Bytes | undefined;
  if (node.tag === ctxTag(0, false)) {
    seed = sized(node.content.slice(), sizes.seedBytes, 'seed');
  } else if (node.tag === TAG.SEQUENCE) {
    const [seedNode, keyNode] = sequence(node, `the ${alg} private key (both)`, what, 2);
    seed = sized(readOctetString(seedNode, 'the seed', what).slice(), sizes.seedBytes, 'seed');
    expandedKey = sized(readOctetString(keyNode, 'the expanded key', what).slice(), sizes.expandedKeyBytes, 'expanded private key');
  } else if (node.tag === TAG.OCTET_STRING) {
    throw new JoseError('ERR_KEY_INVALID', `The ${what} holds only the expanded ${alg} private key (RFC 9881 "expandedKey"); a JWK carries the 32-byte seed it was made from (RFC 9964), which cannot be recovered from it. Export the key again in the seed form from the tool that made it`, {
      segment: 'key',
      details: { form: 'expandedKey' },
    });
  } else {
    throw new JoseError('ERR_KEY_INVALID', `The ${alg} private key in the ${what} is neither a seed, an expanded key nor both (RFC 9881)`, { segment: 'key' });
  }
  const jwk: Jwk = { kty: 'AKP', alg, ...(publicBits ? { pub: base64urlEncode(sized(publicBits, sizes.publicKeyBytes, 'public key')) } : {}), priv: base64urlEncode(seed) };
  return { jwk, findings, ...(expandedKey ? { expandedKey } : {}) };
}
