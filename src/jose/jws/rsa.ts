import { base64urlDecode } from '../lib/base64url.ts';
import { bigIntToBytes, bytesToBigInt, modPow } from '../lib/bigint.ts';
import { concatBytes, fromHex, type Bytes } from '../lib/bytes.ts';
import { HASH_BYTES, type HashName, type JwsAlgInfo } from '../lib/registry.ts';
import { bytesValue, textValue, traceStep, type Trace } from '../lib/trace.ts';
import { cryptoKeyFor, cryptoKeyNow } from '../lib/webcrypto.ts';
import type { JoseKey } from '../jwk/types.ts';
import { digest, webCrypto, type JwsPrimitive } from './primitive.ts';

/** The DER prefix of DigestInfo (RFC 8017 §9.2 note 1): what RSASSA-PKCS1-v1_5 actually signs is prefix || H(m). */
const DIGEST_INFO_PREFIX: Record<string, string> = {
  'SHA-256': '3031300d060960864801650304020105000420',
  'SHA-384': '3041300d060960864801650304020205000430',
  'SHA-512': '3051300d060960864801650304020305000440',
};

/** Import and run parameters per alg, built once: nothing per call but the call. */
const PARAMS = new Map<string, { importParams: { name: string; hash: HashName }; run: AlgorithmIdentifier | RsaPssParams }>();
function paramsOf(info: JwsAlgInfo) {
  let p = PARAMS.get(info.alg);
  if (!p) {
    // RSA-PSS in JOSE uses a salt as long as the hash and MGF1 with the same hash (RFC 7518 §3.5).
    const run = info.family === 'RSA-PSS' ? { name: 'RSA-PSS', saltLength: HASH_BYTES[info.hash!] } : { name: info.family };
    PARAMS.set(info.alg, (p = { importParams: Object.freeze({ name: info.family, hash: info.hash! }), run }));
  }
  return p;
}

async function traceDigest(info: JwsAlgInfo, key: JoseKey, data: Bytes, trace: Trace | undefined): Promise<void> {
  if (!trace) return;
  const hash = await digest(info.hash!, data);
  const modulus = `${key.bits}-bit modulus, ${Math.ceil(key.bits / 8)}-byte signature`;
  if (info.family === 'RSASSA-PKCS1-v1_5') {
    traceStep(trace, {
      id: 'digest',
      title: `DigestInfo: the DER prefix for ${info.hash} followed by the hash of the signing input`,
      ref: 'RFC 8017 §9.2',
      values: [textValue('hash', 'Hash', info.hash!), bytesValue('digest', `${info.hash} of the signing input`, hash), bytesValue('digestInfo', 'DigestInfo (DER)', concatBytes(fromHex(DIGEST_INFO_PREFIX[info.hash!]!), hash)), textValue('modulus', 'Key', modulus)],
    });
  } else {
    traceStep(trace, {
      id: 'digest',
      title: `EMSA-PSS with ${info.hash}, MGF1-${info.hash} and a ${HASH_BYTES[info.hash!]}-byte random salt`,
      ref: 'RFC 7518 §3.5',
      values: [textValue('hash', 'Hash', info.hash!), bytesValue('digest', `${info.hash} of the signing input`, hash), textValue('saltLength', 'Salt length (bytes)', String(HASH_BYTES[info.hash!])), textValue('modulus', 'Key', modulus)],
    });
  }
}

/**
 * For the trace of a failed RS256-512 verification: what the signature opens to with the public key
 * (EM = s^e mod n, RFC 8017 §8.2.2) and, when its padding is well formed, the DigestInfo inside it,
 * so the Learn screen can put the digest that did not match beside the computed one. Display only:
 * the verdict is Web Crypto's. Returns the values and, when EM is not even a padded block, why.
 */
function openRsaSignature(key: JoseKey, signature: Bytes, digestInfo: Bytes): { values: ReturnType<typeof bytesValue>[]; why?: string } {
  const modulus = base64urlDecode(String(key.jwk.n));
  const size = Math.ceil(key.bits / 8);
  if (signature.length !== size) return { values: [] };
  const em = bigIntToBytes(modPow(bytesToBigInt(signature), bytesToBigInt(base64urlDecode(String(key.jwk.e))), bytesToBigInt(modulus)), size);
  const values = [bytesValue('em', 'EM = signature^e mod n: what the signature opens to with this public key', em)];
  // EMSA-PKCS1-v1_5: 0x00 0x01 FF...FF 0x00 || DigestInfo (RFC 8017 §9.2).
  let i = 2;
  if (em[0] === 0 && em[1] === 1) while (i < em.length && em[i] === 0xff) i++;
  if (em[0] === 0 && em[1] === 1 && i > 10 && em[i] === 0) {
    values.push(bytesValue('digestInfo.recovered', 'DigestInfo inside the signature (the one that did not match)', em.slice(i + 1)));
    values.push(bytesValue('digestInfo', 'DigestInfo computed from the signing input', digestInfo));
    return { values };
  }
  return {
    values,
    why: 'With this public key the signature does not even open to a PKCS #1 v1.5 padded block (00 01 FF…FF 00): it was made with another key, or is not an RSA signature',
  };
}

/** RS256-512 (RSASSA-PKCS1-v1_5) and PS256-512 (RSA-PSS), both Web Crypto in every runtime. */
export const rsaPrimitive: JwsPrimitive = {
  async sign(info, key, data, trace) {
    const { importParams, run } = paramsOf(info);
    const cryptoKey = cryptoKeyNow(key, importParams, 'sign') ?? (await cryptoKeyFor(key, importParams, 'sign'));
    if (trace) await traceDigest(info, key, data, trace);
    return new Uint8Array(await webCrypto(info.alg, 'sign', () => crypto.subtle.sign(run, cryptoKey, data)));
  },
  async verify(info, key, data, signature, trace) {
    const { importParams, run } = paramsOf(info);
    const cryptoKey = cryptoKeyNow(key, importParams, 'verify', true) ?? (await cryptoKeyFor(key, importParams, 'verify', true));
    if (trace) await traceDigest(info, key, data, trace);
    const expected = Math.ceil(key.bits / 8);
    // RFC 8017 §8.2.2 step 1: a signature of the wrong length is invalid before any arithmetic.
    const valid = signature.length === expected && (await webCrypto(info.alg, 'verify', () => crypto.subtle.verify(run, cryptoKey, signature, data)));
    if (trace) {
      const digestInfo = trace.steps.find((s) => s.id === 'digest')?.values.find((v) => v.name === 'digestInfo')?.bytes;
      const opened = !valid && info.family === 'RSASSA-PKCS1-v1_5' && digestInfo ? openRsaSignature(key, signature, digestInfo) : { values: [] };
      const error = signature.length !== expected ? `The signature is ${signature.length} bytes; a ${key.bits}-bit key makes ${expected}-byte signatures` : 'The signature does not match the signing input and the key';
      traceStep(trace, {
        id: 'signature',
        title: `${info.family} verification of the signature with the public key`,
        ref: `RFC 7518 §${info.ref}`,
        values: [bytesValue('signature', 'Signature', signature), ...opened.values],
        status: valid ? 'ok' : 'failed',
        ...(valid ? {} : { error: opened.why ? `${error}. ${opened.why}` : error }),
      });
    }
    return { valid };
  },
};
