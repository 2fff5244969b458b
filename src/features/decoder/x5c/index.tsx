/**
 * The x5c part of the Decode screen (issue 16): the "Certificates" region, and the leaf key the
 * Result verifies with once the chain reaches a pasted root or the person opts in. The chain check
 * runs in the token session worker (./work.ts, through the profile work's channel).
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import type { Finding } from '../../../jose/index.ts';
import type { Verdict } from '../logic/result.ts';
import type { ProvenanceView } from '../profile/protocol.ts';

export { useCertificates } from './useCertificates.ts';

// Loaded with the first token that carries x5c: most people never paste one, and the first load has a budget.
const Region = lazy(() => import('./CertificatesRegion.tsx').then((m) => ({ default: m.CertificatesRegion })));

/** The "Certificates" region, nothing at all for a token without x5c. */
export function CertificatesRegion(props: ComponentProps<typeof Region>) {
  if (!props.region) return null;
  return (
    <Suspense fallback={null}>
      <Region {...props} />
    </Suspense>
  );
}

/**
 * A good verdict reached with a key nothing vouches for (the x5c leaf used by choice) is amber, not
 * green: the signature is good, the signer unknown.
 *
 * @example
 * keyTrustTone(verdict, { source: 'x5c', trusted: false, verified: true, label: '…' }).tone // 'warning'
 */
export function keyTrustTone(verdict: Verdict, provenance: ProvenanceView | undefined): Verdict {
  return verdict.tone === 'good' && provenance?.verified && !provenance.trusted ? { ...verdict, tone: 'warning' } : verdict;
}

/**
 * The check's findings when it verified with the x5c leaf: reading a certificate as a key says its
 * chain is not checked, which the Certificates region does check; that one finding is left out.
 *
 * @example
 * leafCheckFindings(outcome.findings, true) // without KEY_FROM_CERTIFICATE
 */
export function leafCheckFindings(findings: readonly Finding[] | undefined, usedLeaf: boolean): readonly Finding[] | undefined {
  return usedLeaf ? findings?.filter((f) => f.code !== 'KEY_FROM_CERTIFICATE') : findings;
}
