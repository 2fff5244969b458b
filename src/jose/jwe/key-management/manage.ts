import { base64urlDecode } from '../../lib/base64url.ts';
import type { Bytes } from '../../lib/bytes.ts';
import { JWE_ALG_INFO } from '../../lib/registry.ts';
import { bytesValue, traceStep } from '../../lib/trace.ts';
import { aesKeyUnwrap, aesKeyWrap } from './aes-kw.ts';
import { unwrapAesGcmKw, wrapAesGcmKw } from './aes-gcm-kw.ts';
import { directCek } from './dir.ts';
import { unwrapEcdhEs, wrapEcdhEs } from './ecdh-es.ts';
import { unwrapPbes2, wrapPbes2 } from './pbes2.ts';
import { unwrapRsaOaep, wrapRsaOaep } from './rsa-oaep.ts';
import { unwrapRsa1_5, wrapRsa1_5 } from './rsa1_5.ts';
import type { UnwrapInput, WrapInput, WrapResult } from './types.ts';

/** Key management (RFC 7516 §5.1 steps 1-6 and §5.2 steps 9-10), dispatched on the alg's family. */

/** dir and ECDH-ES decide the CEK themselves; the others wrap a CEK chosen before. */
export function determinesCek(alg: WrapInput['alg']): boolean {
  const info = JWE_ALG_INFO[alg];
  return info.family === 'dir' || (info.family === 'ECDH-ES' && !info.wraps);
}

function kekOf(input: { key: { jwk: { k?: unknown } } }): Bytes {
  return base64urlDecode(String(input.key.jwk.k ?? ''), { allowEmpty: true });
}

export async function wrapCek(input: WrapInput): Promise<WrapResult> {
  switch (JWE_ALG_INFO[input.alg].family) {
    case 'dir':
      return { cek: directCek(input.key, input.enc, input.trace), encryptedKey: new Uint8Array(0), params: {} };
    case 'ECDH-ES':
      return wrapEcdhEs(input);
    case 'RSA-OAEP':
      return wrapRsaOaep(input);
    case 'RSA1_5':
      return wrapRsa1_5(input);
    case 'AESGCMKW':
      return wrapAesGcmKw(input);
    case 'PBES2':
      return wrapPbes2(input);
    case 'AESKW': {
      const kek = kekOf(input);
      const encryptedKey = await aesKeyWrap(kek, input.cek!, input.key);
      traceStep(input.trace, {
        id: 'key-wrap',
        title: `Wrap the CEK with AES Key Wrap (${input.alg})`,
        ref: 'RFC 7518 §4.4 / RFC 3394',
        values: [bytesValue('kek', 'Key-wrapping key', kek), bytesValue('cek', 'CEK', input.cek!), bytesValue('encryptedKey', 'JWE Encrypted Key', encryptedKey)],
      });
      return { cek: input.cek!, encryptedKey, params: {} };
    }
  }
}

export async function unwrapCek(input: UnwrapInput): Promise<Bytes> {
  switch (JWE_ALG_INFO[input.alg].family) {
    case 'dir':
      return directCek(input.key, input.enc, input.trace);
    case 'ECDH-ES':
      return unwrapEcdhEs(input);
    case 'RSA-OAEP':
      return unwrapRsaOaep(input);
    case 'RSA1_5':
      return unwrapRsa1_5(input);
    case 'AESGCMKW':
      return unwrapAesGcmKw(input);
    case 'PBES2':
      return unwrapPbes2(input);
    case 'AESKW': {
      const kek = kekOf(input);
      const cek = await aesKeyUnwrap(kek, input.encryptedKey, input.alg, input.key);
      traceStep(input.trace, {
        id: 'key-wrap',
        title: `Unwrap the CEK with AES Key Wrap (${input.alg})`,
        ref: 'RFC 7518 §4.4 / RFC 3394',
        values: [bytesValue('kek', 'Key-wrapping key', kek), bytesValue('encryptedKey', 'JWE Encrypted Key', input.encryptedKey), bytesValue('cek', 'Unwrapped CEK', cek)],
      });
      return cek;
    }
  }
}
