import { Icon } from '../../../components/Icon.tsx';
import type { ProvenanceView } from './protocol.ts';

/** One line under the verdict, inside the Result (a screen reader hears it with the verdict): where the key came from, and whether that key can be trusted. */
export function KeyProvenance({ provenance }: { provenance: ProvenanceView | undefined }) {
  if (!provenance) return null;
  const untrusted = !provenance.trusted;
  return (
    <span className="mt-1 block text-sm">
      {untrusted && <Icon name="warning" className="mr-1" />}
      <span className="font-medium">Key: </span>
      {provenance.label}
      {provenance.source !== 'pasted' && !provenance.verified && provenance.problem ? ` — not verified: ${provenance.problem}` : ''}
      {provenance.source === 'header-jwk' && provenance.verified ? ' — the signature matches the key the token carries, which proves possession of that key, not who signed' : ''}
    </span>
  );
}
