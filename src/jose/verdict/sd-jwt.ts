/** The verdict for an SD-JWT that verified: the Issuer's signature, its Disclosures, its Key Binding JWT. */
import type { VerifySdJwtResult } from '../sd-jwt/types.ts';
import { verifiedVerdict, type VerdictOptions } from './outcome.ts';
import type { Verdict } from './words.ts';

/**
 * verifiedVerdict for the Issuer-signed JWT (the time caveat of the processed claims first), then
 * how many Disclosures were found in place by digest and, for an SD-JWT+KB, which holder key
 * checked the Key Binding JWT and which of its claims had no expected value to compare with.
 *
 * @example
 * sdJwtVerdict(await verifySdJwt(presentation, issuerKey));
 * // { status: 'Signature verified', reason: 'ES256 signature checked with an EC P-256 public key; 2 Disclosures found in place by digest;
 * //   Key Binding JWT checked with the holder key in "cnf" (aud, nonce not compared)' }
 */
export function sdJwtVerdict(
  r: Pick<VerifySdJwtResult, 'alg' | 'signatureIndex' | 'key' | 'claims' | 'disclosures' | 'kb'>,
  options: VerdictOptions = {},
): Verdict {
  const verdict = verifiedVerdict(r, options);
  const n = r.disclosures.length;
  let kb = '';
  if (r.kb) {
    const given = r.kb.checks.some((c) => c.id === 'key' && c.status === 'ok' && c.message.startsWith('The holder key given'));
    const open = r.kb.checks.filter((c) => c.status === 'not-checked').map((c) => c.id);
    kb = `; Key Binding JWT checked with ${given ? 'the holder key given' : 'the holder key in "cnf"'}${open.length ? ` (${open.join(', ')} not compared)` : ''}`;
  }
  return { ...verdict, reason: `${verdict.reason}; ${n} Disclosure${n === 1 ? '' : 's'} found in place by digest${kb}` };
}
