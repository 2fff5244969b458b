import { secp256k1 } from '@noble/curves/secp256k1.js';
import { base64urlDecode } from '../lib/base64url.ts';
import { concatBytes, type Bytes } from '../lib/bytes.ts';
import { EC_CURVE_INFO, type EcCurve, type JwsAlgInfo } from '../lib/registry.ts';
import { bytesValue, textValue, traceStep, type Trace } from '../lib/trace.ts';
import { cryptoKeyFor, cryptoKeyNow } from '../lib/webcrypto.ts';
import type { JoseKey } from '../jwk/types.ts';
import { digest, nobleOf, signatureError, webCrypto, type JwsPrimitive, type VerifyOutcome } from './primitive.ts';

function toFixedBytes(n: bigint, length: number): Bytes {
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return out;
}

const ORDER_BYTES = new Map<EcCurve, { n: Bytes; halfN: Bytes }>();
function orderOf(curve: EcCurve) {
  let o = ORDER_BYTES.get(curve);
  if (!o) {
    const info = EC_CURVE_INFO[curve];
    // Both as fixed-length big-endian bytes: comparing bytes needs no BigInt per signature.
    o = { n: toFixedBytes(info.order, info.coordinateBytes), halfN: toFixedBytes(info.order >> 1n, info.coordinateBytes) };
    ORDER_BYTES.set(curve, o);
  }
  return o;
}

/** Big-endian compare of equal-length byte strings. */
function compare(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function isZero(a: Uint8Array): boolean {
  let any = 0;
  for (let i = 0; i < a.length; i++) any |= a[i]!;
  return any === 0;
}

/** Reads a DER ECDSA-Sig-Value (SEQUENCE of two INTEGERs), to say so when one is sent instead of R||S. */
export function parseDerSignature(sig: Uint8Array): { r: Bytes; s: Bytes } | undefined {
  let p = 0;
  const len = (): number | undefined => {
    const first = sig[p++];
    if (first === undefined) return undefined;
    if (first < 0x80) return first;
    const count = first & 0x7f;
    if (count === 0 || count > 2) return undefined;
    let n = 0;
    for (let i = 0; i < count; i++) n = (n << 8) | (sig[p++] ?? 0);
    return n;
  };
  if (sig[p++] !== 0x30) return undefined;
  const total = len();
  if (total === undefined || p + total !== sig.length) return undefined;
  const ints: Bytes[] = [];
  for (let k = 0; k < 2; k++) {
    if (sig[p++] !== 0x02) return undefined;
    const l = len();
    if (l === undefined || l === 0 || p + l > sig.length) return undefined;
    ints.push(sig.slice(p, p + l));
    p += l;
  }
  return p === sig.length ? { r: ints[0]!, s: ints[1]! } : undefined;
}

/** The DER form of (r, s) that people confuse with JOSE's raw R||S (for the trace). */
export function derOf(r: Uint8Array, s: Uint8Array): Bytes {
  const int = (v: Uint8Array) => {
    let i = 0;
    while (i < v.length - 1 && v[i] === 0) i++;
    const body = v[i]! & 0x80 ? concatBytes(new Uint8Array([0]), v.subarray(i)) : v.slice(i);
    return concatBytes(new Uint8Array([0x02, body.length]), body);
  };
  const content = concatBytes(int(r), int(s));
  const header = content.length < 0x80 ? new Uint8Array([0x30, content.length]) : new Uint8Array([0x30, 0x81, content.length]);
  return concatBytes(header, content);
}

function checkScalar(info: JwsAlgInfo, name: 'r' | 's', v: Uint8Array, n: Uint8Array): void {
  if (isZero(v)) throw signatureError(`The ${info.alg} signature's ${name} is 0; r and s must be in [1, n-1] (the "psychic signature" attack, CVE-2022-21449)`, { value: name }, { alg: info.alg, zero: true });
  if (compare(v, n) >= 0) throw signatureError(`The ${info.alg} signature's ${name} is not less than the curve order n; r and s must be in [1, n-1]`, { value: name }, { alg: info.alg, tooLarge: true });
}

/**
 * RFC 7518 §3.4: the signature is R||S, each exactly the curve's size. Refuses other lengths (and
 * says when it is DER), and r or s equal to 0 or >= n before any curve arithmetic (CVE-2022-21449).
 */
function checkRaw(info: JwsAlgInfo, signature: Bytes): { r: Uint8Array; s: Uint8Array } {
  const curve = info.curves![0] as EcCurve;
  const size = EC_CURVE_INFO[curve].coordinateBytes;
  if (signature.length !== size * 2) {
    const der = parseDerSignature(signature);
    throw signatureError(
      der
        ? `The ${info.alg} signature is DER-encoded (ASN.1 SEQUENCE of r and s, ${signature.length} bytes); JOSE requires the raw R||S form of exactly ${size * 2} bytes (RFC 7518 §3.4)`
        : `The ${info.alg} signature is ${signature.length} bytes; it must be R||S of exactly ${size * 2} bytes (RFC 7518 §3.4)`,
      { expectedLength: size * 2, length: signature.length, der: der !== undefined },
      { alg: info.alg },
    );
  }
  const r = signature.subarray(0, size);
  const s = signature.subarray(size);
  const { n } = orderOf(curve);
  checkScalar(info, 'r', r, n);
  checkScalar(info, 's', s, n);
  // Views, not copies: the caller only reads them while the signature is in hand.
  return { r, s };
}

async function traceEcdsa(info: JwsAlgInfo, data: Bytes, signature: Bytes, trace: Trace | undefined): Promise<void> {
  if (!trace) return;
  const size = signature.length / 2;
  const r = signature.subarray(0, size);
  const s = signature.subarray(size);
  traceStep(trace, {
    id: 'digest',
    title: `${info.hash} of the signing input, then ECDSA on ${info.curves![0]}`,
    ref: `RFC 7518 §3.4`,
    values: [
      textValue('hash', 'Hash', info.hash!),
      bytesValue('digest', `${info.hash} of the signing input`, await digest(info.hash!, data)),
      bytesValue('r', 'r (first half of the signature)', r.slice()),
      bytesValue('s', 's (second half of the signature)', s.slice()),
      bytesValue('der', 'The same (r, s) in DER, as OpenSSL and Java write it; NOT what JOSE uses', derOf(r, s)),
    ],
  });
}

function notesFor(info: JwsAlgInfo, s: Uint8Array): VerifyOutcome['notes'] {
  const { halfN } = orderOf(info.curves![0] as EcCurve);
  if (compare(s, halfN) > 0) {
    return [{ code: 'ECDSA_HIGH_S', message: 'The signature has a high s (s > n/2). It is valid (JOSE does not require low-S), but (r, n - s) verifies too: signatures are malleable' }];
  }
  return undefined;
}

function k1Public(key: JoseKey): Bytes {
  const b = nobleOf(key);
  return (b.pub ??= concatBytes(new Uint8Array([4]), base64urlDecode(String(key.jwk.x)), base64urlDecode(String(key.jwk.y))));
}

function k1Private(key: JoseKey): Bytes {
  const b = nobleOf(key);
  return (b.priv ??= base64urlDecode(String(key.jwk.d)));
}

/** Import and run parameters per alg and curve, built once (frozen: cryptoKeyNow's shortcut). */
const EC_PARAMS = new Map<string, Map<string | undefined, { importParams: EcKeyImportParams; run: EcdsaParams }>>();
function ecParams(info: JwsAlgInfo, key: JoseKey) {
  let byCurve = EC_PARAMS.get(info.alg);
  if (!byCurve) EC_PARAMS.set(info.alg, (byCurve = new Map()));
  let p = byCurve.get(key.crv);
  if (!p) byCurve.set(key.crv, (p = { importParams: Object.freeze({ name: 'ECDSA', namedCurve: key.crv! }), run: { name: 'ECDSA', hash: info.hash! } }));
  return p;
}

/** ES256 / ES384 / ES512 with Web Crypto; ES256K (RFC 8812) with @noble/curves, which no browser has natively. */
export const ecdsaPrimitive: JwsPrimitive = {
  async sign(info, key, data, trace) {
    let signature: Bytes;
    if (info.alg === 'ES256K') {
      signature = secp256k1.sign(data, k1Private(key), { prehash: true, lowS: true }) as Bytes;
    } else {
      const { importParams, run } = ecParams(info, key);
      const cryptoKey = cryptoKeyNow(key, importParams, 'sign') ?? (await cryptoKeyFor(key, importParams, 'sign'));
      signature = new Uint8Array(await webCrypto(info.alg, 'sign', () => crypto.subtle.sign(run, cryptoKey, data)));
    }
    if (trace) await traceEcdsa(info, data, signature, trace);
    return signature;
  },
  async verify(info, key, data, signature, trace) {
    const { s } = checkRaw(info, signature);
    if (trace) await traceEcdsa(info, data, signature, trace);
    let valid: boolean;
    if (info.alg === 'ES256K') {
      try {
        valid = secp256k1.verify(signature, data, k1Public(key), { prehash: true, lowS: false });
      } catch {
        valid = false;
      }
    } else {
      const { importParams, run } = ecParams(info, key);
      const cryptoKey = cryptoKeyNow(key, importParams, 'verify', true) ?? (await cryptoKeyFor(key, importParams, 'verify', true));
      valid = await webCrypto(info.alg, 'verify', () => crypto.subtle.verify(run, cryptoKey, signature, data));
    }
    if (trace) traceStep(trace, {
      id: 'signature',
      title: `ECDSA verification of (r, s) with the public key on ${info.curves![0]}`,
      ref: 'RFC 7518 §3.4',
      values: [bytesValue('signature', 'Signature (R||S)', signature)],
      status: valid ? 'ok' : 'failed',
      ...(valid ? {} : { error: 'The signature does not match the signing input and the key' }),
    });
    const notes = valid ? notesFor(info, s) : undefined;
    return notes ? { valid, notes } : { valid };
  },
};
