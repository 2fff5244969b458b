import { CompactEncrypt, compactDecrypt, importJWK } from 'jose';
import { describe, expect, test } from 'vitest';
import { decrypt } from '../../src/jose/jwe/decrypt.ts';
import { encrypt } from '../../src/jose/jwe/encrypt.ts';
import { JWE_ALG_INFO, JWE_ALGS, type JweAlg } from '../../src/jose/lib/registry.ts';
import { serializeCompact } from '../../src/jose/serialize/compact.ts';
import { combinations, fixture, PASSWORD, type Fixture } from './fixtures.ts';
import { joseError } from './helpers.ts';

/**
 * Interop with panva `jose` (the reference JS library) for every alg x enc x curve it supports —
 * all but RSA1_5 (removed in jose v6) and X448 (not in jose), which interop-node.test.ts covers
 * with node:crypto — in both directions, and tampering of every part of a jose-made token.
 */
const ALL = { algorithms: [...JWE_ALGS] };
const supported = combinations().filter((c) => c.alg !== 'RSA1_5' && c.crv !== 'X448');
const text = 'The true sign of intelligence is not knowledge but imagination.';

async function joseKey(f: Fixture, which: 'encrypt' | 'decrypt') {
  const info = JWE_ALG_INFO[f.alg];
  if (info.family === 'PBES2') return new TextEncoder().encode(PASSWORD);
  return importJWK(which === 'encrypt' ? f.encryptJwk : f.decryptJwk, f.alg);
}

function flip(segment: string): string {
  const bytes = Buffer.from(segment, 'base64url');
  bytes[0]! ^= 0x01;
  return bytes.toString('base64url');
}

describe('panva jose interop, both directions, and tampering', () => {
  test('covers every combination jose has', () => expect(supported.length).toBe(18 * 6 + 4 * 6 * 3));
  for (const { alg, enc, crv } of supported) {
    test(`${alg}${crv ? ` (${crv})` : ''} + ${enc}`, async () => {
      const f = await fixture(alg, enc, crv);
      // This engine encrypts, jose decrypts.
      const ours = serializeCompact(await encrypt(text, f.encryptKey, { alg, enc }));
      const opened = await compactDecrypt(ours, await joseKey(f, 'decrypt'), { keyManagementAlgorithms: [alg] });
      expect(new TextDecoder().decode(opened.plaintext)).toBe(text);
      // jose encrypts, this engine decrypts.
      const theirs = await new CompactEncrypt(new TextEncoder().encode(text)).setProtectedHeader({ alg, enc }).encrypt(await joseKey(f, 'encrypt'));
      expect((await decrypt(theirs, f.decryptKey, ALL)).text).toBe(text);
      // Every part of their token, tampered, is refused with its own reason.
      const parts = theirs.split('.');
      const tamper = async (index: number) => {
        const copy = [...parts];
        copy[index] = index === 0 ? Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(parts[0]!, 'base64url').toString()), zz: 1 })).toString('base64url') : flip(copy[index]!);
        return joseError(decrypt(copy.join('.'), f.decryptKey, ALL));
      };
      for (const [index, part] of [[0, 'protected header'], [2, 'iv'], [3, 'ciphertext'], [4, 'tag']] as const) {
        expect((await tamper(index)).code, part).toBe('ERR_TAG_MISMATCH');
      }
      if (parts[1]) expect((await tamper(1)).code, 'encrypted key').toBe(expectedUnwrapCode(alg));
    });
  }
});

function expectedUnwrapCode(alg: JweAlg): string {
  return JWE_ALG_INFO[alg].family === 'RSA1_5' ? 'ERR_TAG_MISMATCH' : 'ERR_KEY_UNWRAP_FAILED';
}

test('zip "DEF" interoperates with jose both ways', async () => {
  const f = await fixture('dir', 'A256GCM');
  const big = 'zip me, zip me '.repeat(1000);
  const ours = serializeCompact(await encrypt(big, f.encryptKey, { alg: 'dir', enc: 'A256GCM', zip: 'DEF' }));
  const key = await importJWK(f.decryptJwk, 'dir');
  expect(new TextDecoder().decode((await compactDecrypt(ours, key)).plaintext)).toBe(big);
  const theirs = await new CompactEncrypt(new TextEncoder().encode(big)).setProtectedHeader({ alg: 'dir', enc: 'A256GCM', zip: 'DEF' }).encrypt(key);
  expect((await decrypt(theirs, f.decryptKey)).text).toBe(big);
});
