import { ed25519 } from '@noble/curves/ed25519.js';
import { ed448 } from '@noble/curves/ed448.js';
import { base64urlDecode } from '../lib/base64url.ts';
import type { Bytes } from '../lib/bytes.ts';
import type { JwsAlgInfo } from '../lib/registry.ts';
import { bytesValue, textValue, traceStep, type Trace } from '../lib/trace.ts';
import { cryptoKeyFor, cryptoKeyNow, runtimeSupports, runtimeSupportsNow } from '../lib/webcrypto.ts';
import type { JoseKey } from '../jwk/types.ts';
import { nobleOf, signatureError, webCrypto, type JwsPrimitive } from './primitive.ts';

const SIGNATURE_BYTES = { Ed25519: 64, Ed448: 114 } as const;
const NOBLE = { Ed25519: ed25519, Ed448: ed448 } as const;
type EdCurve = keyof typeof SIGNATURE_BYTES;

/**
 * The curve from the key (RFC 8037 §3.1: "EdDSA" covers both; the key's "crv" decides). For RFC 9864's
 * "Ed25519" and "Ed448" the alg names it, and assertKeyFits has already made the key agree.
 */
function curveOf(key: JoseKey): EdCurve {
  return key.crv === 'Ed448' ? 'Ed448' : 'Ed25519';
}

/** Import parameters per curve, built once. */
const PARAMS = { Ed25519: Object.freeze({ name: 'Ed25519' }), Ed448: Object.freeze({ name: 'Ed448' }) } as const;

/** The section that defines the alg: RFC 8037's polymorphic "EdDSA" or RFC 9864's fully-specified names. */
const refOf = (info: JwsAlgInfo) => `RFC ${info.rfc ?? 8037} §${info.ref}`;

function traceMessage(curve: EdCurve, ref: string, data: Bytes, trace: Trace | undefined): void {
  if (!trace) return;
  traceStep(trace, {
    id: 'digest',
    title: `${curve} signs the signing input itself (PureEdDSA: no separate hash step; ${curve === 'Ed25519' ? 'SHA-512' : 'SHAKE256'} is inside the algorithm)`,
    ref,
    values: [textValue('curve', 'Curve', curve), bytesValue('message', 'Message signed (the signing input)', data)],
  });
}

/** EdDSA (RFC 8037): Web Crypto where the runtime has the curve (Ed25519 everywhere, Ed448 in Node), else @noble/curves. */
export const eddsaPrimitive: JwsPrimitive = {
  async sign(info: JwsAlgInfo, key, data, trace) {
    const curve = curveOf(key);
    traceMessage(curve, refOf(info), data, trace);
    if (runtimeSupportsNow(curve) ?? (await runtimeSupports(curve))) {
      const params = PARAMS[curve];
      const cryptoKey = cryptoKeyNow(key, params, 'sign') ?? (await cryptoKeyFor(key, params, 'sign'));
      return new Uint8Array(await webCrypto(info.alg, 'sign', () => crypto.subtle.sign(params, cryptoKey, data)));
    }
    const b = nobleOf(key);
    return NOBLE[curve].sign(data, (b.priv ??= base64urlDecode(String(key.jwk.d)))) as Bytes;
  },
  async verify(info, key, data, signature, trace) {
    const curve = curveOf(key);
    if (signature.length !== SIGNATURE_BYTES[curve]) {
      throw signatureError(`The ${curve} signature is ${signature.length} bytes; it must be exactly ${SIGNATURE_BYTES[curve]}`, { expectedLength: SIGNATURE_BYTES[curve], length: signature.length }, { alg: curve });
    }
    traceMessage(curve, refOf(info), data, trace);
    let valid: boolean;
    if (runtimeSupportsNow(curve) ?? (await runtimeSupports(curve))) {
      const params = PARAMS[curve];
      const cryptoKey = cryptoKeyNow(key, params, 'verify', true) ?? (await cryptoKeyFor(key, params, 'verify', true));
      valid = await webCrypto(info.alg, 'verify', () => crypto.subtle.verify(params, cryptoKey, signature, data));
    } else {
      const b = nobleOf(key);
      try {
        valid = NOBLE[curve].verify(signature, data, (b.pub ??= base64urlDecode(String(key.jwk.x))));
      } catch {
        valid = false;
      }
    }
    if (trace) traceStep(trace, {
      id: 'signature',
      title: `${curve} verification with the public key`,
      ref: refOf(info),
      values: [bytesValue('signature', 'Signature', signature)],
      status: valid ? 'ok' : 'failed',
      ...(valid ? {} : { error: 'The signature does not match the signing input and the key' }),
    });
    return { valid };
  },
};
