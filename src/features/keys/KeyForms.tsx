import { useState } from 'react';
import { CopyButton } from '../../components/CopyButton.tsx';
import { SelectField } from '../../components/Select.tsx';
import type { Exported, KeyView, PemFormat } from './keyReport.ts';
import { useT } from '../../lib/i18n/index.ts';

const PEM_LABELS: Record<PemFormat, string> = {
  standard: 'SPKI / PKCS#8',
  pkcs1: 'PKCS#1 (RSA)',
  sec1: 'SEC1 (EC private key)',
};

function Block({ title, text, copyLabel, tone = 'public' }: { title: string; text: string; copyLabel: string; tone?: 'public' | 'private' }) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center justify-between gap-2">
        <h3 className={`text-sm font-medium ${tone === 'private' ? 'text-red-800 dark:text-red-300' : ''}`}>{title}</h3>
        <CopyButton text={text} label={copyLabel} />
      </div>
      <pre
        className={`mono max-h-80 overflow-auto rounded border p-2 text-xs whitespace-pre-wrap break-all ${
          tone === 'private' ? 'border-red-300 bg-red-50/50 dark:border-red-800 dark:bg-red-950/40' : 'border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900'
        }`}
      >
        {text}
      </pre>
    </div>
  );
}

function Note({ children }: { children: React.ReactNode }) {
  return <p className="text-sm text-slate-600 dark:text-slate-400">{children}</p>;
}

function ExportedBlock({ exported, title, copyLabel, tone }: { exported: Exported; title: string; copyLabel: string; tone?: 'public' | 'private' }) {
  if (!exported.ok) {
    return (
      <p className="text-sm text-amber-900 dark:text-amber-200">
        {title}: {exported.message}
      </p>
    );
  }
  return <Block title={title} text={exported.text} copyLabel={copyLabel} {...(tone ? { tone } : {})} />;
}


export function JwkRegion({ view, showPrivate }: { view: KeyView; showPrivate: boolean }) {
  const t = useT();
  return (
    <section role="region" aria-label="JWK" className="flex flex-col gap-2 rounded-md border border-slate-300 p-3 dark:border-slate-700">
      <h2 className="text-base font-semibold">JWK</h2>
      {view.publicJwk !== undefined && <Block title={t('keys.publicJwk')} text={view.publicJwk} copyLabel={t('keys.copyPublicJwk')} />}
      {view.privateJwk !== undefined &&
        (showPrivate ? (
          <Block title={t(view.key.type === 'secret' ? 'keys.secretJwk' : 'keys.privateJwk')} text={view.privateJwk} copyLabel={t('keys.copyPrivateJwk')} tone="private" />
        ) : (
          <Note>{t(view.key.type === 'secret' ? 'keys.secretHidden' : 'keys.hidden')}</Note>
        ))}
    </section>
  );
}

export function PemRegion({ view, showPrivate }: { view: KeyView; showPrivate: boolean }) {
  const t = useT();
  const formats = Object.keys(view.pem) as PemFormat[];
  const [chosen, setChosen] = useState<PemFormat>('standard');
  const format = formats.includes(chosen) ? chosen : 'standard';
  const forms = view.pem[format];
  return (
    <section role="region" aria-label="PEM" className="flex flex-col gap-2 rounded-md border border-slate-300 p-3 dark:border-slate-700">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold">PEM</h2>
        {formats.length > 1 && (
          <SelectField<PemFormat> label={t('keys.pemFormatShown')} aria-label={t('keys.pemFormat')} value={format} onChange={setChosen} options={formats.map((f) => ({ value: f, label: f === 'sec1' ? t('keys.pem.sec1') : PEM_LABELS[f] }))} />
        )}
      </div>
      {!forms && <Note>{t('keys.noPem')}</Note>}
      {forms?.public && <ExportedBlock exported={forms.public} title={t('keys.publicPem')} copyLabel={t('keys.copyPublicPem')} />}
      {forms && !forms.public && <Note>{t('keys.sec1')}</Note>}
      {forms?.private && (showPrivate ? <ExportedBlock exported={forms.private} title={t('keys.privatePem')} copyLabel={t('keys.copyPrivatePem')} tone="private" /> : <Note>{t('keys.hidden')}</Note>)}
    </section>
  );
}
