/**
 * The profile half of the decoder, run in the token session worker: checkProfile for the "Profile"
 * region, bestPractices and the key's provenance for "Best practices" and the Result. Never throws:
 * whatever goes wrong is said in the outcome, so the regions always have something to show.
 */
import {
  bestPractices,
  checkProfile,
  headerJwkProvenance,
  importKey,
  isJoseError,
  readKeyDocument,
  verifyWithKeySource,
  type BestPracticesInput,
  type DecryptResult,
  type JoseKey,
  type JoseKeySet,
  type VerifyResult,
} from '../../../jose/index.ts';
import { runCertificates } from '../x5c/work.ts';
import { decryptPasted } from './decryptPasted.ts';
import { messageOf, problemOf } from './problem.ts';
import type { KeyDocumentOutcome, KeyDocumentRequest, PracticesOutcome, PracticesRequest, ProfileOutcome, ProfileRequest, ProvenanceView } from './protocol.ts';
import { provenanceWords } from './provenanceText.ts';

/** The English of the x5c provenance when its leaf verified nothing (not trusted, or failed). */
export const X5C_NOT_USED = "from the header's x5c (not used: paste its root in “Trusted root certificate”, or choose to verify with the certificate's key)";
export const X5C_FAILED = "from the header's x5c";

/** The key the verdict would use, and where it came from; undefined when there is no key at all. */
async function verifyBySource(req: PracticesRequest): Promise<{ result?: VerifyResult | DecryptResult; key?: JoseKey; provenance?: ProvenanceView }> {
  const header = req.header ?? {};
  const pasted = req.keyText.trim() !== '';
  // A certificate in the Key input is its key, pasted: the chain's root goes in "Trusted root certificate"
  // (the Result verifies with whatever the Key input holds, so reading it as a root here would contradict it).
  if (pasted && req.kind === 'JWE') return decryptPasted(req);
  if (pasted) {
    let key: JoseKey | JoseKeySet;
    try {
      key = await importKey(req.keyText, { encoding: req.encoding });
    } catch {
      return {};
    }
    const source = req.fetchedFrom !== undefined && key.type === 'set' ? { source: 'jwks-url' as const, url: req.fetchedFrom, jwks: key } : { source: 'pasted' as const, key };
    const label = source.source === 'jwks-url' ? `from a JWKS you fetched at ${source.url}` : 'pasted';
    try {
      const result = await verifyWithKeySource(req.token, source);
      return { result, key: result.key, provenance: { ...viewOf(result), verified: true } };
    } catch (error) {
      return { ...(key.type !== 'set' ? { key } : {}), provenance: { source: source.source, label, words: source.source === 'jwks-url' ? { said: 'jwks-url', url: source.url } : { said: 'pasted' }, trusted: true, verified: false, ...problemOf(error) } };
    }
  }
  // A JWE's own jwk or x5c names the recipient's public key, which cannot decrypt it.
  if (req.kind === 'JWE') return {};
  if (header.jwk !== undefined) {
    try {
      const result = await verifyWithKeySource(req.token, { source: 'header-jwk' });
      return { result, key: result.key, provenance: { ...viewOf(result), verified: true } };
    } catch (error) {
      return { provenance: { source: 'header-jwk', label: headerJwkProvenance().label, words: { said: 'header-jwk' }, trusted: false, verified: false, ...problemOf(error) } };
    }
  }
  if (header.x5c !== undefined) return verifyByX5c(req);
  return {};
}

/** The leaf of x5c: used when the chain reaches a pasted root, or when the person chose to use it anyway. */
async function verifyByX5c(req: PracticesRequest): Promise<Awaited<ReturnType<typeof verifyBySource>>> {
  const roots = req.x5c?.roots.trim() ? req.x5c.roots : undefined;
  const trustLeaf = req.x5c?.trustLeaf === true;
  try {
    const result = await verifyWithKeySource(req.token, { source: 'x5c', ...(roots ? { roots } : {}), trustLeaf });
    return { result, key: result.key, provenance: { ...viewOf(result), verified: true } };
  } catch (error) {
    const untrusted = isJoseError(error) && error.code === 'ERR_X5C_UNTRUSTED';
    const label = untrusted ? X5C_NOT_USED : X5C_FAILED;
    return { provenance: { source: 'x5c', label, words: { said: untrusted ? 'x5c-not-used' : 'x5c-failed' }, trusted: false, verified: false, ...problemOf(error) } };
  }
}

function viewOf(result: VerifyResult): Omit<ProvenanceView, 'verified'> {
  const p = result.provenance;
  return { source: p.source, label: p.label, words: provenanceWords(p), trusted: p.trusted };
}


async function practices(req: PracticesRequest): Promise<PracticesOutcome> {
  // verifyBySource catches what it expects; anything else only costs the key-dependent rules.
  const found = await verifyBySource(req).catch(() => ({}) as Awaited<ReturnType<typeof verifyBySource>>);
  const input: BestPracticesInput | undefined = found.result ?? (found.key ? { key: found.key } : undefined);
  try {
    return { rules: bestPractices(req.token, input), ...(found.provenance ? { provenance: found.provenance } : {}) };
  } catch (error) {
    return { rules: [], error: messageOf(error), ...(found.provenance ? { provenance: found.provenance } : {}) };
  }
}

async function keyDocument(req: KeyDocumentRequest): Promise<KeyDocumentOutcome> {
  try {
    const doc = await readKeyDocument(req.text, { url: req.url });
    const findings = doc.findings.map((f) => f.message);
    if (doc.kind === 'discovery') return { what: 'key-document', kind: 'discovery', issuer: doc.issuer, jwksUri: doc.jwksUri, findings };
    return { what: 'key-document', kind: 'jwks', kids: doc.keys.keys.map((k) => k.kid), findings };
  } catch (error) {
    return { what: 'key-document', kind: 'error', error: messageOf(error) };
  }
}

/**
 * Runs one profile request.
 *
 * @example
 * await runProfile({ what: 'checks', token: proof, context: { dpop: { htm: 'POST' } } })
 * // { what: 'checks', result: { profile: 'dpop+jwt', checks: [...] } }
 */
export async function runProfile(req: ProfileRequest): Promise<ProfileOutcome> {
  if (req.what === 'practices') return { what: 'practices', ...(await practices(req)) };
  if (req.what === 'key-document') return keyDocument(req);
  if (req.what === 'x5c') return runCertificates(req);
  try {
    return { what: 'checks', result: await checkProfile(req.token, req.context) };
  } catch (error) {
    return { what: 'checks', error: messageOf(error) };
  }
}
