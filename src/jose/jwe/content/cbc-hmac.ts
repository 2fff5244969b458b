import { cbc } from '@noble/ciphers/aes.js';
import { concatBytes, constantTimeEqual, toBytes, uint64be, type Bytes } from '../../lib/bytes.ts';
import { JoseError } from '../../lib/errors.ts';
import { JWE_ENC_INFO, type JweEnc } from '../../lib/registry.ts';
import { bytesValue, traceStep, type Trace } from '../../lib/trace.ts';
import { guard, importRaw, webAes } from '../subtle.ts';

/**
 * AES_CBC_HMAC_SHA2 (RFC 7518 §5.2): the CEK is MAC_KEY || ENC_KEY, the tag is the first half of
 * HMAC(MAC_KEY, AAD || IV || C || AL). Decryption checks the tag in constant time before any CBC
 * decryption, and a bad tag and a bad padding end in the same error, so neither is an oracle.
 */

interface Split {
  macKey: Bytes;
  encKey: Bytes;
}

function split(enc: JweEnc, cek: Bytes, trace: Trace | undefined): Split {
  const half = cek.length / 2;
  const parts = { macKey: cek.slice(0, half), encKey: cek.slice(half) };
  traceStep(trace, {
    id: 'cek-split',
    title: `Split the CEK for ${enc}: MAC key, then encryption key`,
    ref: 'RFC 7518 §5.2.2.1',
    values: [bytesValue('macKey', 'MAC_KEY (first half of the CEK)', parts.macKey), bytesValue('encKey', 'ENC_KEY (second half of the CEK)', parts.encKey)],
  });
  return parts;
}

async function computeTag(enc: JweEnc, macKey: Bytes, aad: Bytes, iv: Bytes, ciphertext: Bytes): Promise<{ al: Bytes; mac: Bytes; tag: Bytes }> {
  const info = JWE_ENC_INFO[enc];
  const al = uint64be(aad.length * 8);
  const key = await importRaw(macKey, { name: 'HMAC', hash: info.hash! }, ['sign']);
  const mac = await guard('ERR_KEY_INVALID', 'HMAC computation failed', async () =>
    new Uint8Array(await crypto.subtle.sign('HMAC', key, concatBytes(aad, iv, ciphertext, al))),
  );
  return { al, mac, tag: mac.slice(0, info.tagBytes) };
}

export async function cbcHmacEncrypt(enc: JweEnc, cek: Bytes, iv: Bytes, plaintext: Bytes, aad: Bytes, trace?: Trace): Promise<{ ciphertext: Bytes; tag: Bytes }> {
  const { macKey, encKey } = split(enc, cek, trace);
  let ciphertext: Bytes;
  if (await webAes(encKey.length * 8)) {
    const key = await importRaw(encKey, 'AES-CBC', ['encrypt']);
    ciphertext = await guard('ERR_KEY_INVALID', 'AES-CBC encryption failed', async () => new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, key, plaintext)));
  } else {
    ciphertext = toBytes(cbc(encKey, iv).encrypt(plaintext));
  }
  const { al, mac, tag } = await computeTag(enc, macKey, aad, iv, ciphertext);
  traceStep(trace, {
    id: 'content-encryption',
    title: `Encrypt with AES-CBC (PKCS #7 padding) and MAC with HMAC-${JWE_ENC_INFO[enc].hash}`,
    ref: 'RFC 7518 §5.2.2.1',
    values: [
      bytesValue('ciphertext', 'Ciphertext E', ciphertext),
      bytesValue('al', 'AL: AAD length in bits, 64-bit big-endian', al),
      bytesValue('mac', 'M = HMAC(MAC_KEY, A || IV || E || AL)', mac),
      bytesValue('tag', `T: the first ${tag.length} octets of M`, tag),
    ],
  });
  return { ciphertext, tag };
}

/** One error for every authentication failure of CBC-HMAC, whatever went wrong (RFC 7516 §11.5). */
export function tagMismatch(enc: JweEnc, step = 'tag-check'): JoseError {
  return new JoseError('ERR_TAG_MISMATCH', `JWE authentication tag did not verify: the CEK, IV, AAD, ciphertext or tag is not the one ${enc} was computed with`, {
      params: { enc },
    segment: 'tag',
    step,
  });
}

export async function cbcHmacDecrypt(enc: JweEnc, cek: Bytes, iv: Bytes, ciphertext: Bytes, tag: Bytes, aad: Bytes, trace?: Trace): Promise<Bytes> {
  const { macKey, encKey } = split(enc, cek, trace);
  const { al, mac, tag: expected } = await computeTag(enc, macKey, aad, iv, ciphertext);
  const ok = constantTimeEqual(expected, tag);
  traceStep(trace, {
    id: 'tag-check',
    title: 'Compute the tag and compare it, in constant time, with the received one',
    ref: 'RFC 7518 §5.2.2.2',
    values: [
      bytesValue('al', 'AL: AAD length in bits, 64-bit big-endian', al),
      bytesValue('mac', 'M = HMAC(MAC_KEY, A || IV || E || AL)', mac),
      bytesValue('tag.computed', `Computed tag T (first ${expected.length} octets of M)`, expected),
      bytesValue('tag.received', 'Received tag', tag),
    ],
    status: ok ? 'ok' : 'failed',
    ...(ok ? {} : { error: 'The computed tag differs from the received one' }),
  });
  if (!ok) throw tagMismatch(enc);
  let plaintext: Bytes;
  try {
    if (await webAes(encKey.length * 8)) {
      const key = await importRaw(encKey, 'AES-CBC', ['decrypt']);
      plaintext = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv }, key, ciphertext));
    } else {
      plaintext = toBytes(cbc(encKey, iv).decrypt(ciphertext));
    }
  } catch {
    // A valid tag over bad padding: only a faulty or hostile producer makes one. Same error as a bad tag.
    traceStep(trace, { id: 'content-decryption', title: 'Decrypt with AES-CBC', ref: 'RFC 7518 §5.2.2.2', values: [], status: 'failed', error: 'The PKCS #7 padding is invalid' });
    throw tagMismatch(enc, 'content-decryption');
  }
  traceStep(trace, { id: 'content-decryption', title: 'Decrypt with AES-CBC and remove the PKCS #7 padding', ref: 'RFC 7518 §5.2.2.2', values: [bytesValue('plaintext', 'Plaintext', plaintext)] });
  return plaintext;
}
