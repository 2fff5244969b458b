/**
 * The certificate half of the decoder, run in the token session worker: checkX5c on the header's chain.
 * Never throws: an entry that is not a certificate, or a pasted root that is not one, is said in
 * the outcome.
 */
import { checkX5c, isJoseError } from '../../../jose/index.ts';
import type { CertificatesOutcome, CertificatesRequest } from './protocol.ts';

/**
 * Decodes and checks the chain.
 *
 * @example
 * await runCertificates({ what: 'x5c', header, roots: rootPem }) // { what: 'x5c', chain: { status: 'trusted', ... } }
 */
export async function runCertificates(req: CertificatesRequest): Promise<CertificatesOutcome> {
  try {
    const { leafKey: _key, ...chain } = await checkX5c(req.header.x5c, { header: req.header, ...(req.roots.trim() ? { roots: req.roots } : {}) });
    return { what: 'x5c', chain };
  } catch (error) {
    if (!isJoseError(error)) return { what: 'x5c', error: String((error as Error)?.message ?? error) };
    // The engine names the pasted root "The trusted root" and x5c entries "x5c[i]" (segment 'key' vs 'header').
    return { what: 'x5c', error: error.message, ...(error.segment === 'key' ? { rootsError: true as const } : {}) };
  }
}
