import { Icon } from '../../../components/Icon.tsx';
import { formatNumericDate, type X5cCertificate, type X5cLink } from '../../../jose/index.ts';
import { useT, type Translate } from '../../../lib/i18n/index.ts';

const dt = 'text-xs font-medium text-slate-600 dark:text-slate-400';
const dd = 'min-w-0 break-words';

/** "x5c[0] — the leaf", "x5c[1]", "The pasted root". */
export function certificateTitle(c: X5cCertificate, count: number, t: Translate): string {
  if (c.index === -1) return t('decode.x5c.title.root');
  const role = count === 1 ? 'decode.x5c.title.only' : c.index === 0 ? 'decode.x5c.title.leaf' : c.index === count - 1 && c.selfIssued ? 'decode.x5c.title.selfIssuedRoot' : 'decode.x5c.title.intermediate';
  return t(role, { index: String(c.index) });
}

/** A validity bound in the reader's locale, with how far it is from now; the bound that is broken is called out. */
function Bound({ iso, broken, now }: { iso: string; broken: string | undefined; now: number }) {
  const time = formatNumericDate(Date.parse(iso) / 1000, now);
  if (!time) return <>{iso}</>;
  return (
    <>
      <span className="block">{time.local}</span>
      <span className="block text-xs text-slate-600 dark:text-slate-400">{time.utc} · {time.relative}</span>
      {broken && (
        <strong className="block text-red-700 dark:text-red-400">
          <Icon name="cross" className="mr-1" />
          {broken}
        </strong>
      )}
    </>
  );
}

function caText(isCa: boolean | undefined, t: Translate): string {
  if (isCa === undefined) return t('decode.x5c.ca.unsaid');
  return t(isCa ? 'decode.x5c.ca.yes' : 'decode.x5c.ca.no');
}

/** Who certifies this certificate, and whether that signature holds; the last certificate may have nobody. */
function LinkLine({ link, cert, anchor }: { link: X5cLink | undefined; cert: X5cCertificate; anchor: boolean }) {
  const t = useT();
  if (!link && anchor) {
    return (
      <p className="flex gap-1 text-sm text-emerald-800 dark:text-emerald-300">
        <Icon name="check" className="mt-[5px] shrink-0" />
        <span><strong>{t('decodep.trustAnchor')}</strong> — {t('decode.x5c.anchorLine')}</span>
      </p>
    );
  }
  if (!link) {
    const why = t(cert.selfIssued ? 'decode.x5c.selfIssued' : 'decode.x5c.issuerMissing');
    return (
      <p className="flex gap-1 text-sm text-slate-700 dark:text-slate-300">
        <Icon name="dash" className="mt-[5px] shrink-0" />
        <span><strong>{t('decodep.notChecked')}</strong> — {why}</span>
      </p>
    );
  }
  const who = link.issuer === 'root' ? t('decode.x5c.byRoot') : `x5c[${link.issuer}]`;
  return (
    <p className={`flex gap-1 text-sm ${link.ok ? 'text-emerald-800 dark:text-emerald-300' : 'text-red-800 dark:text-red-300'}`}>
      <Icon name={link.ok ? 'check' : 'cross'} className="mt-[5px] shrink-0" />
      <span className="min-w-0 break-words">
        <strong>{t(link.ok ? 'decode.x5c.signedBy' : 'decode.x5c.notSignedBy', { who })}</strong> — {link.ok ? t('decode.x5c.signatureVerifies', { alg: link.signatureAlgorithm }) : link.message}
      </span>
    </p>
  );
}

/**
 * One certificate of the chain as a person reads it: names, validity in their own locale, the key
 * it certifies (type, size or curve, RFC 7638 thumbprint) and whether its issuer's signature holds.
 */
export function CertificateCard({ cert, count, link, anchor, now }: { cert: X5cCertificate; count: number; link: X5cLink | undefined; anchor: boolean; now: number }) {
  const t = useT();
  const title = certificateTitle(cert, count, t);
  return (
    <li className="flex flex-col gap-1 rounded border border-slate-200 p-2 dark:border-slate-700" aria-label={title} data-validity={cert.validity}>
      <h3 className="text-sm font-semibold">{title}</h3>
      <LinkLine link={link} cert={cert} anchor={anchor} />
      <dl className="grid grid-cols-1 gap-x-3 gap-y-1 text-sm sm:grid-cols-[9rem_minmax(0,1fr)]">
        <dt className={dt}>{t('decodep.subject')}</dt>
        <dd className={dd}>{cert.subject || t('decode.x5c.empty')}</dd>
        <dt className={dt}>{t('decodep.issuer')}</dt>
        <dd className={dd}>{cert.issuer || t('decode.x5c.empty')}</dd>
        <dt className={dt}>{t('decodep.notBefore')}</dt>
        <dd className={dd}><Bound iso={cert.notBefore} now={now} broken={cert.validity === 'not-yet-valid' ? t('decode.x5c.notYetValid') : undefined} /></dd>
        <dt className={dt}>{t('decodep.notAfter')}</dt>
        <dd className={dd}><Bound iso={cert.notAfter} now={now} broken={cert.validity === 'expired' ? t('decode.x5c.expired') : undefined} /></dd>
        <dt className={dt}>{t('decodep.key')}</dt>
        <dd className={dd}>{cert.key.description.replace(/^an? /, '').replace(/^./, (c) => c.toUpperCase())}</dd>
        <dt className={dt}>{t('decodep.keyThumbprint')}</dt>
        <dd className={dd}><code className="mono text-xs break-all">{cert.key.thumbprint}</code> <span className="text-xs text-slate-600 dark:text-slate-400">(RFC 7638, SHA-256)</span></dd>
        <dt className={dt}>{t('decodep.certificateAuthority')}</dt>
        <dd className={dd}>{caText(cert.isCa, t)}</dd>
        <dt className={dt}>{t('decodep.signedWith')}</dt>
        <dd className={dd}>{cert.signatureAlgorithm}</dd>
        <dt className={dt}>{t('decodep.serialNumber')}</dt>
        <dd className={`${dd} mono text-xs break-all`}>{cert.serialNumber}</dd>
        <dt className={dt}>SHA-256 (x5t#S256)</dt>
        <dd className={`${dd} mono text-xs break-all`}>{cert.sha256}</dd>
      </dl>
    </li>
  );
}
