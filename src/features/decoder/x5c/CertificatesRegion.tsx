import { Icon, type IconName } from '../../../components/Icon.tsx';
import { RfcLink } from '../../../components/RfcLink.tsx';
import { rfcRef, type X5cStatus } from '../../../jose/index.ts';
import { CertificateCard } from './CertificateCard.tsx';
import type { ChainView } from './protocol.ts';
import { TrustControls } from './TrustControls.tsx';
import type { CertificatesState } from './useCertificates.ts';
import { useT, type MessageId, type Translate } from '../../../lib/i18n/index.ts';

const card = 'flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900';

const STATUS: Record<X5cStatus, { icon: IconName; word: MessageId; className: string }> = {
  trusted: { icon: 'check', word: 'decode.x5c.status.trusted', className: 'text-emerald-800 dark:text-emerald-300' },
  'not-anchored': { icon: 'warning', word: 'decode.x5c.status.notAnchored', className: 'text-amber-800 dark:text-amber-300' },
  broken: { icon: 'cross', word: 'decode.x5c.status.broken', className: 'text-red-800 dark:text-red-300' },
  expired: { icon: 'cross', word: 'decode.x5c.status.expired', className: 'text-red-800 dark:text-red-300' },
};

function statusText(chain: ChainView, t: Translate): string {
  switch (chain.status) {
    case 'trusted':
      return t('decode.x5c.why.trusted', { anchor: chain.anchor ?? '' });
    case 'not-anchored':
      // The engine's problem list says whether a root was pasted and not reached.
      return t(chain.problems.some((p) => p.startsWith('The chain does not reach')) ? 'decode.x5c.why.notReached' : 'decode.x5c.why.noRoot');
    case 'broken':
      return t('decode.x5c.why.broken');
    case 'expired':
      return t('decode.x5c.why.expired');
  }
}

function Summary({ chain }: { chain: ChainView }) {
  const t = useT();
  const look = STATUS[chain.status];
  // The status line says "no root"; the thumbprint lines say their own mismatch.
  const extra = chain.problems.filter((p) => !p.startsWith('No trusted root was pasted') && !/^The header's "x5t/.test(p));
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className={`flex gap-1 ${look.className}`}>
        <Icon name={look.icon} className="mt-[5px] shrink-0" />
        <span><strong>{t(look.word)}</strong> — {statusText(chain, t)}.</span>
      </p>
      {chain.thumbprints.map((p) => (
        <p key={p.member} className={`flex gap-1 ${p.matches ? '' : 'text-red-800 dark:text-red-300'}`}>
          <Icon name={p.matches ? 'check' : 'cross'} className="mt-[5px] shrink-0" />
          <span>{t(p.matches ? 'decode.x5c.thumbprintIs' : 'decode.x5c.thumbprintIsNot', { member: p.member })}</span>
        </p>
      ))}
      {extra.length > 0 && (
        <ul aria-label={t('decodep.chainProblems')} className="ml-5 list-disc text-red-800 dark:text-red-300">
          {extra.map((p) => <li key={p}>{p}</li>)}
        </ul>
      )}
    </div>
  );
}

/**
 * The Decode screen's "Certificates" region for a token whose header carries "x5c" (RFC 7515
 * §4.1.6): the chain one certificate at a time, each link's signature checked with Web Crypto,
 * and the two ways to let the leaf's key verify the token (a pasted root, or an explicit choice).
 */
export function CertificatesRegion({ region, now }: { region: CertificatesState['region']; now: number }) {
  const t = useT();
  if (!region) return null;
  const { chain } = region;
  const count = chain?.certificates.length ?? 0;
  const linkOf = (index: number) => chain?.links.find((l) => l.child === index);
  return (
    <section aria-labelledby="certificates-title" className={card}>
      <h2 id="certificates-title" className="text-sm font-semibold">{t('decodep.certificates')}</h2>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {t('decode.x5c.intro')}
        <RfcLink refTo={rfcRef(7515, '4.1.6')} /> {t('decode.x5c.notPathValidation')}
        <RfcLink refTo={rfcRef(5280, '6.1')} />
      </p>
      {region.verifies ? <TrustControls region={region} /> : <p className="text-sm">{t('decodep.theX5cOfAJwe')}</p>}
      {region.error && !region.rootsError && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{t('decode.x5c.unreadable', { error: region.error })}</p>}
      {chain && <Summary chain={chain} />}
      {chain && (
        <ol aria-label={t('decodep.certificateChain')} aria-busy={region.pending} className="flex flex-col gap-2">
          {chain.certificates.map((c) => <CertificateCard key={c.index} cert={c} count={count} link={linkOf(c.index)} anchor={chain.root?.index === c.index} now={now} />)}
          {chain.root?.index === -1 && <CertificateCard cert={chain.root} count={count} link={undefined} anchor now={now} />}
        </ol>
      )}
    </section>
  );
}
