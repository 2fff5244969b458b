import { base64urlDecode } from '../lib/base64url.ts';
import { concatBytes, type Bytes } from '../lib/bytes.ts';
import { mlDsaBackend, nobleMlDsa, type MlDsaBackend } from '../lib/ml-dsa.ts';
import { ML_DSA_INFO, type JwsAlgInfo, type MlDsaAlg } from '../lib/registry.ts';
import { bytesValue, textValue, traceStep, type Trace } from '../lib/trace.ts';
import { cryptoKeyFor, cryptoKeyNow } from '../lib/webcrypto.ts';
import type { JoseKey } from '../jwk/types.ts';
import { nobleOf, signatureError, webCrypto, type JwsPrimitive } from './primitive.ts';

/** Import parameters per parameter set, built once (frozen, so the CryptoKey cache finds them fast). */
const PARAMS: Readonly<Record<MlDsaAlg, Readonly<Algorithm>>> = {
  'ML-DSA-44': Object.freeze({ name: 'ML-DSA-44' }),
  'ML-DSA-65': Object.freeze({ name: 'ML-DSA-65' }),
  'ML-DSA-87': Object.freeze({ name: 'ML-DSA-87' }),
};

/** FIPS 204 Algorithm 2: pure ML-DSA signs M' = 0 || len(ctx) || ctx || M; RFC 9964 fixes ctx = "". */
const PURE_EMPTY_CONTEXT = new Uint8Array([0, 0]);

function traceMessage(alg: MlDsaAlg, backend: MlDsaBackend, data: Bytes, trace: Trace | undefined): void {
  if (!trace) return;
  traceStep(trace, {
    id: 'digest',
    title: `${alg} signs the signing input itself: pure ML-DSA (FIPS 204 Algorithm 2) with an empty context, so no hash step comes first (SHAKE256 is inside the algorithm)`,
    ref: 'RFC 9964',
    values: [
      textValue('parameterSet', 'Parameter set', alg),
      textValue('context', 'Context string (ctx)', 'empty (RFC 9964 requires it)'),
      bytesValue('message', 'Message signed (the signing input)', data),
      bytesValue('message.formatted', "M' = 0x00 || len(ctx) = 0x00 || message", concatBytes(PURE_EMPTY_CONTEXT, data)),
      textValue('signatureSize', 'Signature size', `${ML_DSA_INFO[alg].signatureBytes} bytes (FIPS 204 Table 2)`),
      textValue('backend', 'Implementation', backend),
    ],
  });
}

/** The expanded private key noble signs with, computed once per (frozen) key from its seed. */
function nobleSecretKey(key: JoseKey, keygen: (seed: Bytes) => { secretKey: Uint8Array }): Bytes {
  const b = nobleOf(key);
  return (b.priv ??= new Uint8Array(keygen(base64urlDecode(String(key.jwk.priv))).secretKey));
}

/**
 * ML-DSA-44/65/87 (RFC 9964): Web Crypto where the runtime has the parameter set, else
 * @noble/post-quantum. The signature length is checked against FIPS 204 Table 2 before any crypto.
 */
export const mlDsaPrimitive: JwsPrimitive = {
  async sign(info: JwsAlgInfo, key, data, trace) {
    const alg = info.alg as MlDsaAlg;
    const backend = await mlDsaBackend(alg);
    traceMessage(alg, backend, data, trace);
    if (backend === 'Web Crypto') {
      const params = PARAMS[alg];
      const cryptoKey = cryptoKeyNow(key, params, 'sign') ?? (await cryptoKeyFor(key, params, 'sign'));
      return new Uint8Array(await webCrypto(alg, 'sign', () => crypto.subtle.sign(params, cryptoKey, data)));
    }
    const dsa = await nobleMlDsa(alg);
    // Hedged signing (fresh randomness), FIPS 204's default; the empty context is noble's default.
    return new Uint8Array(dsa.sign(data, nobleSecretKey(key, (seed) => dsa.keygen(seed))));
  },
  async verify(info, key, data, signature, trace) {
    const alg = info.alg as MlDsaAlg;
    const expected = ML_DSA_INFO[alg].signatureBytes;
    if (signature.length !== expected) {
      throw signatureError(`The ${alg} signature is ${signature.length} bytes; it must be exactly ${expected} (FIPS 204 Table 2)`, { expectedLength: expected, length: signature.length }, { alg });
    }
    const backend = await mlDsaBackend(alg);
    traceMessage(alg, backend, data, trace);
    let valid: boolean;
    if (backend === 'Web Crypto') {
      const params = PARAMS[alg];
      const cryptoKey = cryptoKeyNow(key, params, 'verify', true) ?? (await cryptoKeyFor(key, params, 'verify', true));
      valid = await webCrypto(alg, 'verify', () => crypto.subtle.verify(params, cryptoKey, signature, data));
    } else {
      const dsa = await nobleMlDsa(alg);
      const b = nobleOf(key);
      try {
        valid = dsa.verify(signature, data, (b.pub ??= base64urlDecode(String(key.jwk.pub))));
      } catch {
        valid = false;
      }
    }
    if (trace) traceStep(trace, {
      id: 'signature',
      title: `${alg} verification with the public key`,
      ref: 'RFC 9964',
      values: [bytesValue('signature', 'Signature', signature), textValue('signatureSize', 'Signature size', `${signature.length} bytes`)],
      status: valid ? 'ok' : 'failed',
      ...(valid ? {} : { error: 'The signature does not match the signing input and the key' }),
    });
    return { valid };
  },
};
