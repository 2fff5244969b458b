import { Icon } from '../../../components/Icon.tsx';
import { useT } from '../../../lib/i18n/index.ts';
import { errorText } from '../../../lib/i18n/engine-words.ts';
import { useOtherLanguage } from '../hooks/useOtherLanguage.ts';
import type { ProvenanceView } from './protocol.ts';

/** One line under the verdict, inside the Result (a screen reader hears it with the verdict): where the key came from, and whether that key can be trusted. */
export function KeyProvenance({ provenance }: { provenance: ProvenanceView | undefined }) {
  const t = useT();
  const { locale, wording } = useOtherLanguage();
  if (!provenance) return null;
  const untrusted = !provenance.trusted;
  const label = wording ? wording.provenanceText(provenance.words, t) : provenance.label;
  const problem = provenance.problemError ? errorText(provenance.problemError, locale) : provenance.problem;
  return (
    <span className="mt-1 block text-sm">
      {untrusted && <Icon name="warning" className="mr-1" />}
      <span className="font-medium">{t('decode.provenance.key')}</span>
      {label}
      {provenance.source !== 'pasted' && !provenance.verified && problem ? t('decode.provenance.notVerified', { problem }) : ''}
      {provenance.source === 'header-jwk' && provenance.verified ? t('decode.provenance.possession') : ''}
    </span>
  );
}
