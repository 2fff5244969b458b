import { hiddenDigests } from '../../../jose/index.ts';
import { DisclosureList, RawDisclosureList } from './DisclosureList.tsx';
import { DisclosureTree } from './DisclosureTree.tsx';
import { KeyBindingChecks } from './KeyBindingChecks.tsx';
import type { SdJwtReport } from './report.ts';
import { useT } from '../../../lib/i18n/index.ts';

const card = 'flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900';
const note = 'text-sm text-slate-600 dark:text-slate-400';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Whose word the tree rests on: the Issuer's verified signature, or nobody's yet. */
function Trust({ report }: { report: SdJwtReport }) {
  const t = useT();
  if (report.issuerVerified) return <p className="text-sm">{t('decodep.theIssuerAposSSignature')}</p>;
  if (!report.keyGiven) return <p className={note}>{t('decodep.notVerifiedGiveTheIssuer')}</p>;
  return <p className="text-sm text-red-800 dark:text-red-300">Not verified: {report.failure?.message ?? 'the check failed'}.</p>;
}

function Summary({ report }: { report: SdJwtReport }) {
  const hidden = report.tree ? hiddenDigests(report.tree) : 0;
  const parts = [
    report.sdAlg ? `_sd_alg ${report.sdAlg}` : undefined,
    plural(report.tree ? report.disclosures.length : report.raw.length, 'Disclosure'),
    report.tree ? `${plural(hidden, 'digest')} undisclosed` : undefined,
    report.kb ? 'a Key Binding JWT' : 'no Key Binding JWT',
    report.vc?.vct ? `SD-JWT VC of type ${report.vc.vct}` : undefined,
  ].filter(Boolean);
  return <p className="text-sm">{parts.join(' · ')}</p>;
}

/**
 * The Decode screen's "Disclosures" region for an SD-JWT (RFC 9901): the disclosure tree, each
 * Disclosure decoded with its digest, and the Key Binding JWT's checks. Shows everything that can be
 * read without the Issuer's key, and says plainly when nothing is verified.
 */
export function DisclosuresRegion({ report, pending }: { report: SdJwtReport | undefined; pending: boolean }) {
  const t = useT();
  return (
    <section role="region" aria-label={t('decodep.disclosures')} className={card}>
      <h2 className="text-sm font-semibold">{t('decodep.disclosures2')}</h2>
      {!report ? (
        <p className={note}>{pending ? 'Hashing the Disclosures…' : 'The Disclosures show here once the SD-JWT reads.'}</p>
      ) : (
        <>
          <Summary report={report} />
          <Trust report={report} />
          {report.tree ? (
            <>
              <h3 className="text-sm font-semibold">{t('decodep.claims')}</h3>
              <DisclosureTree tree={report.tree} claims={report.claims} disclosures={report.disclosures} />
              <h3 className="text-sm font-semibold">{t('decodep.eachDisclosure')}</h3>
              <DisclosureList disclosures={report.disclosures} sdAlg={report.sdAlg ?? 'sha-256'} failure={report.failure} />
            </>
          ) : (
            <>
              <p className="text-sm text-red-800 dark:text-red-300">The disclosure tree could not be built: {report.failure?.message}</p>
              <RawDisclosureList disclosures={report.raw} failure={report.failure} />
            </>
          )}
          {report.kb && <KeyBindingChecks kb={report.kb} />}
        </>
      )}
    </section>
  );
}
