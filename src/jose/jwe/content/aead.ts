import { ctr, gcm } from '@noble/ciphers/aes.js';
import { toBytes, type Bytes } from '../../lib/bytes.ts';
import { JoseError } from '../../lib/errors.ts';
import { JWE_ENC_INFO, type JweEnc } from '../../lib/registry.ts';
import { bytesValue, traceStep, type Trace } from '../../lib/trace.ts';
import type { JoseKey } from '../../jwk/types.ts';
import { aesGcmDecrypt, aesGcmEncrypt } from '../subtle.ts';
import { cbcHmacDecrypt, cbcHmacEncrypt } from './cbc-hmac.ts';

/**
 * Content encryption (RFC 7516 §5.1 steps 15-16) with the enc's AEAD. `owner`: the "dir" key whose
 * secret is this CEK, so its AES-GCM import can be cached.
 */
export async function encryptContent(enc: JweEnc, cek: Bytes, iv: Bytes, plaintext: Bytes, aad: Bytes, trace?: Trace, owner?: JoseKey): Promise<{ ciphertext: Bytes; tag: Bytes }> {
  if (JWE_ENC_INFO[enc].family === 'CBC-HS') return cbcHmacEncrypt(enc, cek, iv, plaintext, aad, trace);
  const out = await aesGcmEncrypt(cek, iv, plaintext, aad, owner);
  traceStep(trace, {
    id: 'content-encryption',
    title: `Encrypt with AES-GCM (${cek.length * 8}-bit key, 128-bit tag)`,
    ref: 'RFC 7518 §5.3',
    values: [bytesValue('ciphertext', 'Ciphertext', out.ciphertext), bytesValue('tag', 'Authentication tag', out.tag)],
  });
  return out;
}

/** Exact IV and tag lengths for the enc, checked before any key management work. */
export function checkIvAndTag(enc: JweEnc, iv: Bytes, tag: Bytes, offsets: { iv?: number; tag?: number }): void {
  const info = JWE_ENC_INFO[enc];
  if (iv.length !== info.ivBytes) {
    throw new JoseError('ERR_MALFORMED', `The ${enc} Initialization Vector must be ${info.ivBytes * 8} bits (${info.ivBytes} octets); this one is ${iv.length} octets`, {
      segment: 'iv',
      offset: offsets.iv,
      details: { expected: info.ivBytes, actual: iv.length },
    });
  }
  if (tag.length !== info.tagBytes) {
    const message = `The ${enc} Authentication Tag must be ${info.tagBytes * 8} bits (${info.tagBytes} octets); this one is ${tag.length} octets`;
    // CBC-HMAC: a tag of the wrong length is simply a MAC that does not match (one uniform failure);
    // GCM: RFC 7518 §5.3 fixes the tag at 128 bits, so anything else is a malformed token.
    if (info.family === 'CBC-HS') throw new JoseError('ERR_TAG_MISMATCH', message, { segment: 'tag', offset: offsets.tag, step: 'tag-check' });
    throw new JoseError('ERR_MALFORMED', message, { segment: 'tag', offset: offsets.tag, details: { expected: info.tagBytes, actual: tag.length } });
  }
}

/** One thrower per enc, made once: the untraced decrypt builds no closure per call. */
const TAG_FAILURES = new Map<JweEnc, () => never>();
function tagFailure(enc: JweEnc): () => never {
  let fail = TAG_FAILURES.get(enc);
  if (!fail) {
    fail = () => {
      throw new JoseError('ERR_TAG_MISMATCH', `JWE authentication tag did not verify: the CEK, IV, AAD, ciphertext or tag is not the one ${enc} was computed with`, {
        params: { enc },
        segment: 'tag',
        step: 'content-decryption',
      });
    };
    TAG_FAILURES.set(enc, fail);
  }
  return fail;
}

/** Content decryption (RFC 7516 §5.2 step 16): untraced AES-GCM is Web Crypto's promise as it is. */
export function decryptContent(enc: JweEnc, cek: Bytes, iv: Bytes, ciphertext: Bytes, tag: Bytes, aad: Bytes, trace?: Trace, owner?: JoseKey): Promise<Bytes> {
  if (JWE_ENC_INFO[enc].family === 'CBC-HS') return cbcHmacDecrypt(enc, cek, iv, ciphertext, tag, aad, trace);
  if (!trace) return aesGcmDecrypt(cek, iv, ciphertext, tag, aad, tagFailure(enc), owner);
  return tracedGcmDecrypt(enc, cek, iv, ciphertext, tag, aad, trace, owner);
}

/** AES-GCM with its steps shown: the computed tag beside the received one, also when they differ. */
async function tracedGcmDecrypt(enc: JweEnc, cek: Bytes, iv: Bytes, ciphertext: Bytes, tag: Bytes, aad: Bytes, trace: Trace, owner?: JoseKey): Promise<Bytes> {
  let plaintext: Bytes;
  try {
    plaintext = await aesGcmDecrypt(cek, iv, ciphertext, tag, aad, tagFailure(enc), owner);
  } catch (error) {
    if (error instanceof JoseError && error.code === 'ERR_TAG_MISMATCH') {
      traceStep(trace, {
        id: 'content-decryption',
        title: 'Decrypt with AES-GCM and check the 128-bit tag',
        ref: 'RFC 7518 §5.3',
        values: [bytesValue('tag.computed', 'Computed tag', gcmTag(cek, iv, gcmKeystream(cek, iv, ciphertext), aad)), bytesValue('tag.received', 'Received tag', tag)],
        status: 'failed',
        error: 'GCM authentication failed: the tag does not match the CEK, IV, AAD and ciphertext',
      });
    }
    throw error;
  }
  // The computed tag costs a second GCM pass: only when someone is tracing.
  traceStep(trace, {
    id: 'content-decryption',
    title: `Decrypt with AES-GCM and check the 128-bit tag`,
    ref: 'RFC 7518 §5.3',
    values: [bytesValue('tag.computed', 'Computed tag', gcmTag(cek, iv, plaintext, aad)), bytesValue('tag.received', 'Received tag', tag), bytesValue('plaintext', 'Plaintext', plaintext)],
  });
  return plaintext;
}


/**
 * For the trace only: the tag GCM computes over this AAD and ciphertext, so a failed check can show
 * it beside the received one (Web Crypto only says "failed"). GCM's counter mode needs no tag to run:
 * the keystream from inc32(J0) = IV || 0x00000002 recovers the plaintext, re-encrypting gives the tag.
 */
function gcmKeystream(cek: Bytes, iv: Bytes, ciphertext: Bytes): Bytes {
  const counter = new Uint8Array(16);
  counter.set(iv);
  counter[15] = 2;
  return toBytes(ctr(cek, counter).decrypt(ciphertext));
}

function gcmTag(cek: Bytes, iv: Bytes, plaintext: Bytes, aad: Bytes): Bytes {
  const sealed = gcm(cek, iv, aad).encrypt(plaintext);
  return toBytes(sealed.slice(sealed.length - 16));
}
