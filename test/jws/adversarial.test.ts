/**
 * The JWS part of test/vectors/adversarial/adversarial_vectors.json (SECURITY-NOTES §4): every vector
 * outside the JWE categories, verified with the key it names. The "expect" text is read as: "reject:X"
 * must throw a JoseError whose code is one of X's codes; anything else must verify. Where the vector
 * leaves the choice open or names a class this engine reports differently, OVERRIDES says what this
 * engine does and why. Claim problems never fail a signature check: verify returns them as danger
 * findings (the decoder shows "Signature verified" and, separately, "expired").
 */
import { describe, expect, it } from 'vitest';
import { JoseError } from '../../src/jose/lib/errors.ts';
import { inspect } from '../../src/jose/inspect/inspect.ts';
import { verify } from '../../src/jose/jws/verify.ts';
import { jwk, vector } from './helpers.ts';

interface Vector { id: string; category: string; input: string; verify_with: string | null; expect: string }
const vectors = vector<Vector[]>('adversarial/adversarial_vectors.json').filter((v) => !['jwe', 'pbes2', 'ecdh', 'zip', 'rsa1_5'].includes(v.category));
const keys = vector<Record<string, object>>('adversarial/adversarial_keys.json');

const CLASS_CODES: Record<string, string[]> = {
  AlgNotAllowed: ['ERR_ALG_NOT_ALLOWED'],
  Malformed: ['ERR_MALFORMED', 'ERR_BASE64URL', 'ERR_JSON'],
  KeyTypeMismatch: ['ERR_KEY_MISMATCH'],
  SignatureInvalid: ['ERR_SIGNATURE_INVALID'],
  CritUnsupported: ['ERR_CRIT_UNSUPPORTED'],
};

type Expectation = { reject: string[] } | { accept: true; finding?: string };

const OVERRIDES: Record<string, Expectation> = {
  // Claims: the signature is valid; the claim verdict is a danger finding.
  'exp-past': { accept: true, finding: 'CLAIM_EXPIRED' },
  'exp-string': { accept: true, finding: 'CLAIM_NOT_NUMERIC' },
  'exp-huge-1e400': { accept: true, finding: 'CLAIM_NOT_FINITE' },
  'nbf-future': { accept: true, finding: 'CLAIM_NOT_YET_VALID' },
  'aud-mixed': { accept: true, finding: 'CLAIM_TYPE' },
  'iat-future': { accept: true, finding: 'CLAIM_IAT_FUTURE' },
  'exp-2^53+1': { accept: true, finding: 'CLAIM_PRECISION' },
  'sub-bigint': { accept: true, finding: 'CLAIM_TYPE' }, // a number, not a string; its digits are shown from the payload text
  'dup-claim-sub': { accept: true, finding: 'CLAIM_DUPLICATE' },
  'b64false-without-crit': { accept: true, finding: 'B64_WITHOUT_CRIT' },
  // Its signature is the single character "x" (not base64url); inspect flags the "enc" (checked below).
  'jws-with-enc-header': { reject: ['ERR_BASE64URL'] },
  // Wrong ECDSA lengths are an invalid signature that names the length (and DER), not a malformed token.
  'ecdsa-65-bytes': { reject: ['ERR_SIGNATURE_INVALID'] },
  'ecdsa-63-bytes': { reject: ['ERR_SIGNATURE_INVALID'] },
  'ecdsa-s-plus-n': { reject: ['ERR_SIGNATURE_INVALID'] },
  // The key's JWK says alg HS256: the key/alg binding refuses it as a key mismatch.
  'hmac-hs512-with-hs256-key': { reject: ['ERR_KEY_MISMATCH'] },
  // Duplicate names in crit: refused (producers MUST NOT emit them).
  'crit-duplicate': { reject: ['ERR_MALFORMED'] },
  // The engine never strips "Bearer " (inspect does, with a notice).
  'bearer-prefix': { reject: ['ERR_BASE64URL', 'ERR_MALFORMED'] },
  'jwk-header-oct': { reject: ['ERR_SIGNATURE_INVALID'] },
  'proto-header': { accept: true },
  'ecdsa-high-s': { accept: true, finding: 'ECDSA_HIGH_S' },
};

function expectationOf(v: Vector): Expectation {
  if (OVERRIDES[v.id]) return OVERRIDES[v.id]!;
  const m = /^reject(?::([A-Za-z/]+))?/.exec(v.expect);
  if (!m) return { accept: true };
  const classes = (m[1] ?? 'SignatureInvalid/Malformed/AlgNotAllowed/KeyTypeMismatch/CritUnsupported').split('/');
  return { reject: classes.flatMap((c) => CLASS_CODES[c] ?? []) };
}

describe('adversarial JWS vectors', () => {
  it('covers the JWS categories', () => expect(vectors.length).toBeGreaterThanOrEqual(75));
  for (const v of vectors) {
    it(`${v.id}: ${v.expect.slice(0, 70)}`, async () => {
      const key = await jwk(keys[v.verify_with ?? 'HS256'] ?? keys.HS256!);
      const exp = expectationOf(v);
      const inspected = inspect(v.input);
      if (v.id === 'jws-with-enc-header') expect(inspected.findings.map((f) => f.code)).toContain('JWE_HEADER_ON_JWS');
      let result;
      try {
        result = await verify(v.input, key, { now: 1_700_000_100 });
      } catch (error) {
        expect(error, String(error)).toBeInstanceOf(JoseError);
        expect('reject' in exp, `${v.id} was refused: ${(error as JoseError).code} ${(error as Error).message}`).toBe(true);
        if ('reject' in exp) expect(exp.reject).toContain((error as JoseError).code);
        return;
      }
      expect('accept' in exp, `${v.id} verified but should be refused`).toBe(true);
      if ('accept' in exp && exp.finding) expect(result.findings.map((f) => f.code)).toContain(exp.finding);
      if (v.id === 'proto-header') {
        expect(result.alg).toBe('HS256');
        expect(({} as Record<string, unknown>).alg).toBeUndefined();
      }
    });
  }
});
