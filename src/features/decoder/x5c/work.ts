/**
 * The certificate half of the decoder, run in the token session worker: checkX5c on the header's chain.
 * Never throws: an entry that is not a certificate, or a pasted root that is not one, is said in
 * the outcome.
 */
import { base64Decode, checkX5c, encodePem, isJoseError } from '../../../jose/index.ts';
import type { CertificatesOutcome, CertificatesRequest } from './protocol.ts';

/**
 * Decodes and checks the chain.
 *
 * @example
 * await runCertificates({ what: 'x5c', header, roots: rootPem }) // { what: 'x5c', chain: { status: 'trusted', ... } }
 */
export async function runCertificates(req: CertificatesRequest): Promise<CertificatesOutcome> {
  const x5c = req.header.x5c;
  const leaf = Array.isArray(x5c) && typeof x5c[0] === 'string' ? leafPem(x5c[0]) : undefined;
  const withLeaf = leaf !== undefined ? { leafPem: leaf } : {};
  try {
    const { leafKey: _key, ...chain } = await checkX5c(x5c, { header: req.header, ...(req.roots.trim() ? { roots: req.roots } : {}) });
    return { what: 'x5c', chain, ...withLeaf };
  } catch (error) {
    if (!isJoseError(error)) return { what: 'x5c', error: String((error as Error)?.message ?? error), ...withLeaf };
    // The engine names the pasted root "The trusted root" and x5c entries "x5c[i]" (segment 'key' vs 'header').
    return { what: 'x5c', error: error.message, ...(error.segment === 'key' ? { rootsError: true as const } : {}), ...withLeaf };
  }
}

/**
 * The leaf certificate as PEM, for the Key input's reader to take like a pasted certificate (made
 * here, in the worker, so the engine's PEM writer stays out of the first load); undefined when the
 * entry is not base64. Then there is no leaf key to use: checkX5c reports "x5c[0] is not valid
 * base64" at its index, and the Result asks for a key.
 */
export function leafPem(base64: string): string | undefined {
  try {
    return encodePem('CERTIFICATE', base64Decode(base64));
  } catch (error) {
    if (isJoseError(error)) return undefined;
    throw error;
  }
}
