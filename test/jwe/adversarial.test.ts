import * as panva from 'jose';
import { describe, expect, test } from 'vitest';
import { decrypt } from '../../src/jose/jwe/decrypt.ts';
import type { JoseErrorCode } from '../../src/jose/lib/errors.ts';
import { JWE_ALGS } from '../../src/jose/lib/registry.ts';
import { joseError, jwk, vector } from './helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
type V = any;

/**
 * The JWE part of test/vectors/adversarial (categories jwe, zip, pbes2, ecdh, rsa1_5), each with
 * the codes its expected outcome maps to. Two adjustments, both so the vector tests what it is
 * about: RSA_PRIV and EC_PRIV are signing keys ("use": "sig", EC "alg": "ES256"), which decrypt
 * would refuse outright (ERR_KEY_MISMATCH); they are used here without "alg"/"use" so the epk and
 * padding checks are what gets exercised.
 */
const vectors = (vector<V[]>('adversarial/adversarial_vectors.json')).filter((v) => ['jwe', 'zip', 'pbes2', 'ecdh', 'rsa1_5'].includes(v.category));
const keys = vector<Record<string, V>>('adversarial/adversarial_keys.json');
const ALL = { algorithms: [...JWE_ALGS] };

function expectedCodes(v: V): JoseErrorCode[] | 'accept' {
  const e: string = v.expect;
  if (e === 'accept' || e.startsWith('each decrypts')) return 'accept';
  if (v.category === 'pbes2') return ['ERR_MALFORMED', 'ERR_LIMIT_EXCEEDED'];
  if (v.category === 'ecdh') return ['ERR_KEY_INVALID'];
  if (e.includes('DecompressedTooLarge')) return ['ERR_LIMIT_EXCEEDED'];
  if (e.includes('NotSupported')) return ['ERR_ALG_UNSUPPORTED'];
  if (e.includes('DecompressionFailed')) return ['ERR_DECRYPTION_FAILED'];
  if (e.startsWith('reject:Malformed')) return ['ERR_MALFORMED', 'ERR_BASE64URL'];
  if (e.startsWith('reject:DecryptionFailed')) return ['ERR_TAG_MISMATCH'];
  throw new Error(`no mapping for ${v.id}: ${e}`);
}

function referenceKey(v: V) {
  return typeof v.verify_with === 'string' ? keys[v.verify_with] : v.verify_with;
}

async function keyFor(v: V) {
  const raw = typeof v.verify_with === 'string' ? keys[v.verify_with] : v.verify_with;
  const { alg: _alg, use: _use, ...bare } = raw;
  const stripped = raw.use === 'sig' ? bare : raw;
  return jwk(stripped);
}

describe('adversarial JWE vectors', () => {
  test('the JWE part has the 32 vectors of the catalogue', () => expect(vectors.length).toBe(32));
  for (const v of vectors) {
    test(`${v.id}: ${v.expect}`, async () => {
      const key = await keyFor(v);
      const inputs: string[] = Array.isArray(v.input) ? v.input : [typeof v.input === 'string' ? v.input : JSON.stringify(v.input)];
      const want = expectedCodes(v);
      for (const input of inputs) {
        if (want === 'accept') {
          // The reference library opens the same token with the same key: the plaintexts must agree.
          const out = await decrypt(input, key, ALL);
          const reference = await panva.compactDecrypt(input, await panva.importJWK(referenceKey(v)));
          expect(out.plaintext).toEqual(new Uint8Array(reference.plaintext));
        } else {
          const error = await joseError(decrypt(input, key, ALL));
          expect(want, `${v.id} gave ${error.code}: ${error.message}`).toContain(error.code);
        }
      }
    });
  }
});
