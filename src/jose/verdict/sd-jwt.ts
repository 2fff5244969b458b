/** The verdict for an SD-JWT that verified: the Issuer's signature, its Disclosures, its Key Binding JWT. */
import type { VerifySdJwtResult } from '../sd-jwt/types.ts';
import type { VerdictOptions } from './caveats.ts';
import { verifiedVerdict } from './outcome.ts';
import { failure, type FailureInput, type Verdict } from './words.ts';

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

/**
 * The verdict for an SD-JWT that failed, for the Decode screen: failure()'s words, then where it sits
 * in the text; a Disclosure or KB-JWT failure does not name the Issuer's key (the key was fine).
 *
 * @example
 * sdJwtFailure({ kind: 'JWS', code: 'ERR_SDJWT_DISCLOSURE_UNREFERENCED', message: 'Disclosure 1 ("family_name") is not referenced: …' }, 1187);
 * // { status: 'Invalid signature', reason: 'Disclosure 1 ("family_name") is not referenced: … (at offset 1187)' }
 */
export function sdJwtFailure(f: FailureInput, offset?: number): Verdict {
  const sdJwtCheck = f.code.startsWith('ERR_SDJWT_');
  const v = failure(sdJwtCheck ? { kind: f.kind, code: f.code, message: f.message } : f);
  const at = offset === undefined || !sdJwtCheck ? '' : ` (at offset ${offset})`;
  return { status: v.status, reason: `${v.reason.replace(/\.$/, '')}${at}` };
}
