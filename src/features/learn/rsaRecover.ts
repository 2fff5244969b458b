import { base64urlDecode, type Bytes, type JoseKey, type Trace } from '../../jose/index.ts';

/** Big-endian bytes <-> BigInt, and square-and-multiply: enough for one public-key operation. */
function toBig(bytes: Bytes): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

function toBytes(n: bigint, length: number): Bytes {
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--, n >>= 8n) out[i] = Number(n & 0xffn);
  return out;
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  base %= mod;
  for (; exp > 0n; exp >>= 1n, base = (base * base) % mod) if (exp & 1n) result = (result * base) % mod;
  return result;
}

/**
 * For the lesson only, after an RS256/384/512 signature failed: what the signature opens to with the
 * public key (EM = s^e mod n, RFC 8017 §8.2.2), and the DigestInfo inside it when the padding is
 * well-formed, so the page can put the digest that did not match beside the computed one. Adds the
 * values to the failed "signature" step; does nothing for any other failure. The verdict stays the
 * engine's: this decides nothing.
 */
export function explainRsaFailure(trace: Trace, key: JoseKey | undefined): void {
  const failed = trace.steps.find((s) => s.id === 'signature' && s.status === 'failed');
  const digestInfo = trace.steps.find((s) => s.id === 'digest')?.values.find((v) => v.name === 'digestInfo')?.bytes;
  const signature = failed?.values.find((v) => v.name === 'signature')?.bytes;
  const { n, e } = (key?.jwk ?? {}) as { n?: unknown; e?: unknown };
  if (!failed || !digestInfo || !signature || key?.kty !== 'RSA' || typeof n !== 'string' || typeof e !== 'string') return;
  const modulus = base64urlDecode(n);
  const size = modulus[0] === 0 ? modulus.length - 1 : modulus.length;
  if (signature.length !== size) return;
  const em = toBytes(modPow(toBig(signature), toBig(base64urlDecode(e)), toBig(modulus)), size);
  failed.values.push({ name: 'em', label: 'EM = signature^e mod n: what the signature opens to with this public key', bytes: em });
  // EMSA-PKCS1-v1_5: 0x00 0x01 FF...FF 0x00 || DigestInfo (RFC 8017 §9.2).
  let i = 2;
  if (em[0] === 0 && em[1] === 1) while (i < em.length && em[i] === 0xff) i++;
  if (em[0] === 0 && em[1] === 1 && i > 10 && em[i] === 0) {
    failed.values.push({ name: 'digestInfo.recovered', label: 'DigestInfo inside the signature (the one that did not match)', bytes: em.slice(i + 1) });
    failed.values.push({ name: 'digestInfo', label: 'DigestInfo computed from the signing input', bytes: digestInfo });
  } else {
    failed.error = `${failed.error ?? 'The signature does not match'}. With this public key the signature does not even open to a PKCS #1 v1.5 padded block (00 01 FF…FF 00): it was made with another key, or is not an RSA signature`;
  }
}
