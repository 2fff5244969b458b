/**
 * Plain sentences for the SD-JWT steps of verifySdJwt's trace (RFC 9901): splitting at "~", the
 * digest algorithm, checking one Disclosure (base64url text → hash → digest → found in "_sd"), the
 * processed claims, and the Key Binding JWT's sd_hash. Keyed by the engine's step ids.
 */
import type { StepValue } from './stepValue.ts';
import { valueEndingWith as value } from './explainTable.ts';

/** The sentences of a "disclosure-N" step. */
export function disclosure(values: readonly StepValue[]): string[] {
  const found = value(values, '.foundAt');
  const placed = value(values, '.pointer');
  return [
    'A Disclosure is base64url of a JSON array: [salt, name, value] for an object member, [salt, value] for an array element. The random salt makes the digest impossible to guess from the value.',
    'The digest is computed over the base64url TEXT exactly as it appears in the presentation (its ASCII bytes), not over the decoded JSON: re-encoding the same array, even with other spaces, gives another digest.',
    `The verifier looks for that digest in an "_sd" array (object members) or a {"...": digest} element (array elements) of the signed payload or of another Disclosure${found ? `; this one was found at ${found}` : ''}${placed ? `, so its claim goes to ${placed}` : ''}. A digest found nowhere means the Disclosure was not issued with this token.`,
  ];
}

export const SD_JWT: Readonly<Record<string, (values: readonly StepValue[]) => string[]>> = {
  'sd-split': () => [
    'An SD-JWT is the Issuer-signed JWT, then each Disclosure, each followed by "~"; a presentation with key binding ends with the Key Binding JWT instead of the last "~".',
    'The Issuer signs only the JWT: the Disclosures are checked by their digests, which the signed payload carries.',
  ],
  'sd-alg': () => [
    '"_sd_alg" in the signed payload names the hash used for every digest; without it, it is sha-256.',
    'A verifier must refuse a hash it does not support rather than guess.',
  ],
  'sd-claims': () => [
    'Each disclosed claim goes where its digest was; every "_sd", "_sd_alg" and unmatched {"...": digest} is removed.',
    'Digests left over are claims the holder chose not to reveal, or decoys the Issuer added: the verifier cannot tell which.',
  ],
  'kb-sd-hash': () => [
    'The Key Binding JWT proves the holder sent exactly this presentation: its "sd_hash" is the hash of everything before it, the Issuer-signed JWT and the chosen Disclosures, each with its "~".',
    'Adding, removing or reordering a Disclosure changes that text, so the computed sd_hash no longer matches the one the holder signed.',
  ],
  'kb-checks': () => [
    'The KB-JWT must be signed by the key in the Issuer-signed "cnf" claim, with "typ" "kb+jwt", a recent "iat", and the "aud" and "nonce" the verifier expects (this screen has no expected values, so it shows them).',
  ],
  'sd-verdict': () => ['The SD-JWT is accepted only when the Issuer\'s signature, every Disclosure\'s digest and, when present, the Key Binding JWT all check out.'],
};

/** Hash inputs of the SD-JWT steps are ASCII text (a Disclosure's base64url, the presentation): show them as text. */
export function isSdJwtAsciiValue(name: string): boolean {
  return /^disclosure\.\d+\.hashInput$/.test(name) || name === 'kb.hashInput';
}
