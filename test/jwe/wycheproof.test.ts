import { describe, expect, test } from 'vitest';
import { decrypt } from '../../src/jose/jwe/decrypt.ts';
import { JoseError } from '../../src/jose/lib/errors.ts';
import { JWE_ALGS } from '../../src/jose/lib/registry.ts';
import { hex, jwk, vector } from './helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
type V = any;

/**
 * Every test of Wycheproof's json_web_encryption_test.json with its expected result. Decrypt runs
 * with every alg allowed (RSA1_5 included: the "provider dependent" RSA1_5 cases must still fail
 * uniformly), so a rejection comes from the token, not from the default policy. How a result may
 * differ from the label:
 * - tcId 22 (rejectsValidJsonSerialization) is a compact-only policy; JOSE Lab reads JSON
 *   serializations, so it decrypts — a recorded deviation, asserted as such below.
 */
const ALL = { algorithms: [...JWE_ALGS] };
const DEVIATIONS: Record<string, string> = { '22': 'JSON serialization is accepted (compact-only policy in Wycheproof)' };

const file = vector<V>('wycheproof/json_web_encryption_test.json');

describe('Wycheproof json_web_encryption_test.json', () => {
  let count = 0;
  for (const group of file.testGroups as V[]) {
    for (const t of group.tests as V[]) {
      count++;
      test(`tcId ${t.tcId} ${t.comment} (${t.result})`, async () => {
        const key = await jwk(group.private);
        const deviation = DEVIATIONS[String(t.tcId)];
        let outcome: { ok: true; plaintext: string } | { ok: false; error: unknown };
        try {
          const out = await decrypt(typeof t.jwe === 'string' ? t.jwe : JSON.stringify(t.jwe), key, ALL);
          outcome = { ok: true, plaintext: Buffer.from(out.plaintext).toString('hex') };
        } catch (error) {
          outcome = { ok: false, error };
        }
        if (!outcome.ok) expect(outcome.error, 'only JoseError escapes').toBeInstanceOf(JoseError);
        if (deviation) {
          expect(outcome.ok, deviation).toBe(true);
          return;
        }
        if (t.result === 'valid') {
          expect(outcome.ok ? outcome.plaintext : (outcome.error as Error).message).toBe(Buffer.from(hex(t.pt)).toString('hex'));
        } else {
          expect(outcome.ok, `tcId ${t.tcId} must be rejected`).toBe(false);
          const code = (outcome as { error: JoseError }).error.code;
          const flags = String(t.flags);
          // Padding failures of RSA1_5 and CBC are indistinguishable from a bad tag (RFC 7516 §11.5).
          if (/ModifiedPkcs15Padding|Pkcs5Padding/.test(flags)) expect(code).toBe('ERR_TAG_MISMATCH');
          // A key bound to another alg is refused before any decryption.
          if (/WrongCipher|Pkcs15WithOaepKey/.test(flags)) expect(code).toBe('ERR_KEY_MISMATCH');
          if (t.comment === 'rejectsInvalidCurvePoint') expect(code).toBe('ERR_KEY_INVALID');
          if (/ModifiedEncryptedKey/.test(t.comment)) expect(code).toBe('ERR_KEY_UNWRAP_FAILED');
        }
      });
    }
  }
  test('the file has the 139 tests it declares', () => expect(count).toBe(file.numberOfTests));
});
