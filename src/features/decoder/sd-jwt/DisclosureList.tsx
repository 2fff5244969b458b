import type { ReactNode } from 'react';
import type { SdJwtDisclosure } from '../../../jose/index.ts';
import { segmentStyle } from '../../../components/segmentStyle.ts';
import type { RawDisclosure, SdJwtFailureSpot } from './report.ts';
import { useT } from '../../../lib/i18n/index.ts';

const seg = segmentStyle('disclosure');
const dt = 'text-slate-600 dark:text-slate-400';

function where(d: SdJwtDisclosure): string {
  const at = d.foundAt.disclosure === undefined ? 'the Issuer-signed payload' : `the value of Disclosure ${d.foundAt.disclosure + 1}`;
  return `${d.foundAt.pointer || '/'} in ${at}`;
}

function Failed({ failure }: { failure: SdJwtFailureSpot | undefined }) {
  if (!failure) return null;
  return <p className="rounded border-l-4 border-red-500 bg-red-50 px-2 py-1 text-red-900 dark:bg-red-950 dark:text-red-100">This Disclosure failed: {failure.message}</p>;
}

function Encoded({ index, encoded }: { index: number; encoded: string }) {
  return (
    <>
      <span className={`mono font-semibold ${seg.text} ${seg.underline}`}>Disclosure {index + 1}</span>
      <code className={`mono block break-all text-xs ${seg.text}`}>{encoded}</code>
    </>
  );
}

/** One Disclosure's card: its base64url text in the segment colour, what it holds, and the failure that names it. */
function DisclosureCard({ index, encoded, failure, children }: { index: number; encoded: string; failure: SdJwtFailureSpot | undefined; children: ReactNode }) {
  return (
    <li className="flex flex-col gap-1 rounded border border-slate-200 p-2 dark:border-slate-700">
      <Encoded index={index} encoded={encoded} />
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-2 text-xs">{children}</dl>
      <Failed failure={failure?.disclosure === index ? failure : undefined} />
    </li>
  );
}

/** Each Disclosure: its base64url text in the segment colour, decoded, its digest and where that digest was found. */
export function DisclosureList({ disclosures, sdAlg, failure }: { disclosures: readonly SdJwtDisclosure[]; sdAlg: string; failure: SdJwtFailureSpot | undefined }) {
  const t = useT();
  if (disclosures.length === 0) return <p className={`text-sm ${dt}`}>{t('decodep.thePresentationCarriesNoDisclosures')}</p>;
  return (
    <ol aria-label={t('decodep.disclosureList')} className="flex flex-col gap-2 text-sm">
      {disclosures.map((d) => (
        <DisclosureCard key={d.index} index={d.index} encoded={d.encoded} failure={failure}>
            <dt className={dt}>{t('decodep.decoded')}</dt>
            <dd className="mono break-all">{JSON.stringify(d.decoded)}</dd>
            <dt className={dt}>{t('decodep.salt')}</dt>
            <dd className="mono break-all">{d.salt}</dd>
            <dt className={dt}>{d.kind === 'property' ? 'Claim' : 'Array element'}</dt>
            <dd className="mono break-all">{d.kind === 'property' ? `${d.name} = ${JSON.stringify(d.value)}` : JSON.stringify(d.value)}</dd>
            <dt className={dt}>Digest ({sdAlg})</dt>
            <dd className="mono break-all">{d.digest}</dd>
            <dt className={dt}>{t('decodep.foundAt')}</dt>
            <dd className="mono break-all">{where(d)}</dd>
            <dt className={dt}>{t('decodep.placedAt')}</dt>
            <dd className="mono break-all">{d.pointer}</dd>
        </DisclosureCard>
      ))}
    </ol>
  );
}

/** The Disclosures as they decode, when the SD-JWT could not be processed (a digest no one refers to...). */
export function RawDisclosureList({ disclosures, failure }: { disclosures: readonly RawDisclosure[]; failure: SdJwtFailureSpot | undefined }) {
  const t = useT();
  if (disclosures.length === 0) return null;
  return (
    <ol aria-label={t('decodep.disclosureList')} className="flex flex-col gap-2 text-sm">
      {disclosures.map((d) => (
        <DisclosureCard key={d.index} index={d.index} encoded={d.encoded} failure={failure}>
            <dt className={dt}>{t('decodep.salt')}</dt>
            <dd className="mono break-all">{d.salt ?? '—'}</dd>
            <dt className={dt}>{d.name !== undefined ? 'Claim' : 'Value'}</dt>
            <dd className="mono break-all">{d.name !== undefined ? `${d.name} = ${JSON.stringify(d.value)}` : JSON.stringify(d.value ?? null)}</dd>
            {d.problem && <><dt className={dt}>{t('decodep.problem')}</dt><dd>{d.problem}</dd></>}
        </DisclosureCard>
      ))}
    </ol>
  );
}
