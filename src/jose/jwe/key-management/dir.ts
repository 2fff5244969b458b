import { base64urlDecode } from '../../lib/base64url.ts';
import type { Bytes } from '../../lib/bytes.ts';
import { JoseError } from '../../lib/errors.ts';
import { JWE_ENC_INFO, type JweEnc } from '../../lib/registry.ts';
import { bytesValue, traceStep, type Trace } from '../../lib/trace.ts';
import type { JoseKey } from '../../jwk/types.ts';

/** The decoded secret of each key used with "dir" (a key's value never changes; the engine's CryptoKey caches rest on that too). */
const cekOf = new WeakMap<JoseKey, Bytes>();

/** dir (RFC 7518 §4.5): the shared symmetric key is the CEK itself, so it must be exactly the enc's size. */
export function directCek(key: JoseKey, enc: JweEnc, trace?: Trace): Bytes {
  let cek = cekOf.get(key);
  if (!cek) cekOf.set(key, (cek = base64urlDecode(String(key.jwk.k ?? ''), { allowEmpty: true })));
  const want = JWE_ENC_INFO[enc].cekBits / 8;
  if (cek.length !== want) {
    throw new JoseError('ERR_KEY_MISMATCH', `With "dir" the key is the CEK: ${enc} needs a ${want}-byte key, this one is ${cek.length} bytes`, {
      segment: 'key',
      details: { alg: 'dir', enc, bits: cek.length * 8 },
    });
  }
  if (!trace) return cek;
  // A trace hands its bytes to whoever reads it: a copy, so the cached secret cannot be changed.
  const copy = cek.slice();
  traceStep(trace, { id: 'key-wrap', title: 'Direct encryption: the shared key is the CEK', ref: 'RFC 7518 §4.5', values: [bytesValue('cek', 'CEK (the shared key)', copy)] });
  return copy;
}
