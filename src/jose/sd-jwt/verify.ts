import type { Finding } from '../lib/errors.ts';
import { traceStep } from '../lib/trace.ts';
import type { KeyInput } from '../jwk/types.ts';
import { verify } from '../jws/verify.ts';
import { decodeParts, failTrace, splitStep } from './decode.ts';
import { parseSdJwt } from './parse.ts';
import type { VerifySdJwtOptions, VerifySdJwtResult } from './types.ts';
import { assertVc } from './vc.ts';

/**
 * Verifies an SD-JWT or SD-JWT+KB (compact, or the JWS JSON serialization of RFC 9901 §8) with the
 * Issuer's key, following RFC 9901 §7.1 and §7.3: the Issuer-signed JWT's signature (the engine's
 * verify: "none" never, `algorithms` policy, key fit), "_sd_alg", every Disclosure hashed and put in
 * place recursively, a digest seen twice, a Disclosure of the wrong kind, a claim that already
 * exists, a Disclosure nobody refers to, then the Key Binding JWT when present (or required):
 * holder key from "cnf", its signature, "typ", "iat", "aud", "nonce", "sd_hash"; and the SD-JWT VC
 * rules when "typ" names it. Throws a JoseError: the JWS codes for the Issuer's signature
 * (ERR_SIGNATURE_INVALID...), ERR_SDJWT_* for the rest, naming the Disclosure (details.index,
 * details.pointer, offset) or the KB-JWT member (details.member, details.checks).
 * Claim problems of the processed payload (expired...) are findings, as with verify.
 *
 * @example
 * const { claims, disclosures, kb } = await verifySdJwt(presentation, issuerKey, { kb: { required: true, aud: 'https://verifier.example', nonce } });
 */
export async function verifySdJwt(text: string, issuerKey: KeyInput, options: VerifySdJwtOptions = {}): Promise<VerifySdJwtResult> {
  const trace = options.trace;
  try {
    const parts = parseSdJwt(text);
    if (trace) splitStep(trace, parts);
    const signed = await verify(parts.issuer ?? parts.jws, issuerKey, {
      ...(options.algorithms ? { algorithms: options.algorithms } : {}),
      ...(trace ? { trace } : {}),
    });
    const decoded = await decodeParts(parts, options, true);
    assertVc(decoded.vc);
    // verify judged the claims of the payload as signed; decodeParts judged the processed claims.
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const f of [...signed.findings.filter((x) => !x.code.startsWith('CLAIM')), ...decoded.findings]) {
      if (!seen.has(f.code + f.message)) findings.push(f);
      seen.add(f.code + f.message);
    }
    if (trace) {
      traceStep(trace, { id: 'sd-verdict', title: 'Verdict', values: [{ name: 'verdict', label: 'Result', text: decoded.kb ? 'SD-JWT+KB verified' : 'SD-JWT verified' }] });
    }
    return { ...decoded, findings, alg: signed.alg, key: signed.key, signatureIndex: signed.signatureIndex };
  } catch (error) {
    return failTrace(trace, error);
  }
}
