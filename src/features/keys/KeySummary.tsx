import { CopyButton } from '../../components/CopyButton.tsx';
import { certificateValidity, formatText, sizeText, titleText, validityText, visibilityText, type KeyView } from './keyReport.ts';
import { useT } from '../../lib/i18n/index.ts';

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-2 py-0.5">
      <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

const VALIDITY_STYLE = {
  valid: 'text-emerald-800 dark:text-emerald-300',
  expired: 'text-red-800 dark:text-red-300',
  'not yet valid': 'text-amber-800 dark:text-amber-300',
} as const;

/** A value to copy (a thumbprint), with its copy button and the standard that defines it. */
function CopyableRow({ term, value, copyLabel, source, small = false }: { term: string; value: string; copyLabel: string; source: string; small?: boolean }) {
  return (
    <Row term={term}>
      <span className="flex flex-wrap items-center gap-2">
        <code className={`mono break-all${small ? ' text-xs' : ''}`}>{value}</code>
        <CopyButton text={value} label={copyLabel} />
      </span>
      <span className="text-xs text-slate-600 dark:text-slate-400">{source}</span>
    </Row>
  );
}

/** Type, size, format, kid, thumbprints and, for a certificate, its names and dates. */
export function KeySummary({ view, now }: { view: KeyView; now: number }) {
  const t = useT();
  const cert = view.certificate;
  const validity = cert && certificateValidity(cert, now);
  return (
    <section aria-label={t('keys.details')} className="rounded-md border border-slate-300 p-3 dark:border-slate-700">
      <h2 className="mb-1 text-base font-semibold">{titleText(view.key, t)}</h2>
      <dl className="text-sm">
        <Row term={t('keys.type')}>
          {visibilityText(view.key, t)} <span className="text-slate-600 dark:text-slate-400">(kty {view.key.kty})</span>
        </Row>
        <Row term={t(view.key.kty === 'EC' || view.key.kty === 'OKP' ? 'keys.curve' : 'keys.size')}>{sizeText(view.key, t)}</Row>
        <Row term={t('keys.format')}>{formatText(view, t)}</Row>
        {view.kid !== undefined && (
          <Row term="kid">
            <code className="mono break-all">{view.kid}</code>
          </Row>
        )}
        {(view.alg !== undefined || view.use !== undefined) && (
          <Row term="alg / use">
            <code className="mono">{[view.alg, view.use].filter(Boolean).join(' / ')}</code>
          </Row>
        )}
        <CopyableRow term={t('keys.thumbprint')} value={view.thumbprint} copyLabel={t('keys.copyThumbprint')} source="RFC 7638, SHA-256" />
        <CopyableRow term={t('keys.thumbprintUri')} value={view.thumbprintUri} copyLabel={t('keys.copyThumbprintUri')} source="RFC 9278" small />
        {cert && validity && (
          <>
            <Row term={t('keys.subject')}>{cert.subject}</Row>
            <Row term={t('keys.issuer')}>{cert.issuer}</Row>
            <Row term={t('keys.validFrom')}>{cert.notBefore}</Row>
            <Row term={t('keys.validTo')}>
              {cert.notAfter} <span className={`font-medium ${VALIDITY_STYLE[validity.state]}`}>({validityText(validity, t)})</span>
            </Row>
            <Row term={t('keys.serial')}>
              <code className="mono break-all">{cert.serialNumber}</code>
            </Row>
          </>
        )}
      </dl>
    </section>
  );
}
