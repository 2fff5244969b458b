import type { Bytes } from '../../lib/bytes.ts';
import { JoseError } from '../../lib/errors.ts';
import { JWE_ALG_INFO } from '../../lib/registry.ts';
import { bytesValue, traceStep } from '../../lib/trace.ts';
import { cryptoKeyFor } from '../../lib/webcrypto.ts';
import { guard } from '../subtle.ts';
import type { UnwrapInput, WrapInput, WrapResult } from './types.ts';

/** RSA-OAEP, RSA-OAEP-256/384/512 (RFC 7518 §4.3): RSAES-OAEP with MGF1 and the same hash. */

export async function wrapRsaOaep(input: WrapInput): Promise<WrapResult> {
  const hash = JWE_ALG_INFO[input.alg].hash!;
  const key = await cryptoKeyFor(input.key, { name: 'RSA-OAEP', hash }, 'encrypt', true);
  const encryptedKey = await guard('ERR_KEY_INVALID', `${input.alg} encryption of the CEK failed`, async () =>
    new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, key, input.cek!)),
  );
  traceStep(input.trace, {
    id: 'key-wrap',
    title: `Encrypt the CEK with RSAES-OAEP (${hash}, MGF1-${hash})`,
    ref: 'RFC 7518 §4.3',
    values: [bytesValue('cek', 'CEK', input.cek!), bytesValue('encryptedKey', 'JWE Encrypted Key', encryptedKey)],
  });
  return { cek: input.cek!, encryptedKey, params: {} };
}

export async function unwrapRsaOaep(input: UnwrapInput): Promise<Bytes> {
  const hash = JWE_ALG_INFO[input.alg].hash!;
  const key = await cryptoKeyFor(input.key, { name: 'RSA-OAEP', hash }, 'decrypt');
  let cek: Bytes;
  try {
    cek = new Uint8Array(await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, key, input.encryptedKey));
  } catch (cause) {
    throw new JoseError('ERR_KEY_UNWRAP_FAILED', `${input.alg}: the key did not decrypt the JWE Encrypted Key; it is not the key this JWE was encrypted to, or the hash differs`, {
      segment: 'encrypted_key',
      step: 'key-wrap',
      cause,
    });
  }
  traceStep(input.trace, {
    id: 'key-wrap',
    title: `Decrypt the JWE Encrypted Key with RSAES-OAEP (${hash}, MGF1-${hash})`,
    ref: 'RFC 7518 §4.3',
    values: [bytesValue('encryptedKey', 'JWE Encrypted Key', input.encryptedKey), bytesValue('cek', 'Recovered CEK', cek)],
  });
  return cek;
}
