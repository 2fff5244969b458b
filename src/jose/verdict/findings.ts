/** Findings a debugger adds around verify and decrypt, in the words the page and the CLI share. */
import type { Finding } from '../lib/errors.ts';

/**
 * A token that says HS* checked against a public key, or against a "secret" that is a public key in
 * disguise (`disguised`: its PEM, DER, modulus... the engine's ERR_KEY_MISMATCH says
 * details.confusion): the classic algorithm-confusion attempt.
 *
 * @example
 * algorithmConfusion('HS256').code; // 'ALG_CONFUSION'
 */
export function algorithmConfusion(alg: string, disguised = false): Finding {
  return {
    code: 'ALG_CONFUSION',
    severity: 'danger',
    params: { alg, disguised },
    message: `The token says ${alg} (a shared-secret MAC) but the key is ${disguised ? 'a public key given as a secret' : 'a public-key key'}: an algorithm-confusion attempt if the token came from outside. A verifier must pick the algorithm from the key, never from the token`,
    ref: { label: 'RFC 8725 §2.1', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-2.1' },
  };
}

/**
 * RSA1_5 or PBES2 accepted only because a debugger tries every algorithm (a library refuses them by default).
 *
 * @example
 * acceptedByDebugger('RSA1_5').severity; // 'warning'
 */
export function acceptedByDebugger(alg: string): Finding {
  return {
    code: 'ALG_ACCEPTED_HERE',
    severity: 'warning',
    params: { alg },
    message: `${alg} was accepted because this debugger tries every algorithm; libraries refuse it unless it is explicitly allowed`,
    ref: { label: 'RFC 8725 §3.1', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.1' },
  };
}
