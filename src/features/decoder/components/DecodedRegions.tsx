import { memo } from 'react';
import { CopyButton } from '../../../components/CopyButton.tsx';
import { DecodedText } from './DecodedText.tsx';
import type { CheckOutcome } from '../logic/check.ts';
import type { ContentView, DecodedView } from '../logic/view.ts';
import { useT } from '../../../lib/i18n/index.ts';

const box = 'flex flex-col gap-1 rounded-md border border-slate-300 bg-white p-2 dark:border-slate-700 dark:bg-slate-900';

function RegionTitle({ title, copy, copyLabel }: { title: string; copy: string | undefined; copyLabel: string }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <h2 className="text-sm font-semibold">{title}</h2>
      {copy !== undefined && <CopyButton text={copy} label={copyLabel} />}
    </div>
  );
}

/** Which header the panel shows: the token's, or one signature's / recipient's of a JSON serialization. */
export interface HeaderChoice {
  kind: 'signature' | 'recipient';
  index: number;
  count: number;
  text: string;
}

/** The JOSE Header, pretty and read-only, with a Copy header button. */
export const HeaderRegion = memo(function HeaderRegion({ view, choice }: { view: DecodedView | undefined; choice?: HeaderChoice }) {
  const t = useT();
  const text = choice?.text ?? view?.headerText;
  const title = choice ? t('decode.region.headerOf', { kind: choice.kind, n: choice.index + 1, count: choice.count }) : t('decode.region.header');
  return (
    <section role="region" aria-label={t('decode.region.header')} className={box}>
      <RegionTitle title={title} copy={text} copyLabel={t('decode.region.copyHeader')} />
      {text !== undefined ? (
        <DecodedText value={text} ariaLabel={t('decode.region.decodedHeader')} maxHeight={260} />
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t(view && view.kind !== 'not-a-token' ? 'decode.region.headerUnreadable' : 'decode.region.headerEmpty')}</p>
      )}
    </section>
  );
});

function ContentBody({ content, label }: { content: ContentView; label: 'plaintext' | 'payload' }) {
  const t = useT();
  if (content.mode === 'none') return <p className="text-sm text-slate-600 dark:text-slate-400">{t('decode.region.noPayload')}</p>;
  if (content.mode === 'encrypted' || content.mode === 'detached') return <p className="text-sm">{content.text}</p>;
  return (
    <>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {t('decode.region.contentLine', { label, kind: content.mode, n: content.size ?? 0 })}
      </p>
      <DecodedText value={content.text} ariaLabel={t('decode.region.decodedPayload')} language={content.mode === 'json' ? 'json' : 'plaintext'} />
    </>
  );
}

/** "cty": "JWT" (RFC 7515 §4.1.10: case-insensitive, "application/" optional). */
export function saysNestedJwt(header: DecodedView['header']): boolean {
  return typeof header?.cty === 'string' && /^(application\/)?jwt$/i.test(header.cty);
}

/** A signed (JWS) payload that is itself a compact token, when the header says so. */
export function innerTokenOf(view: DecodedView): string | undefined {
  if (view.kind === 'JWE' || view.payload.mode !== 'text' || !saysNestedJwt(view.header)) return undefined;
  const text = view.payload.text.trim();
  const dots = text.split('.').length - 1;
  return (dots === 2 || dots === 4) && /^[A-Za-z0-9_\-.]+$/.test(text) ? text : undefined;
}

function NestedOffer({ what, onOpen }: { what: string; onOpen: () => void }) {
  const t = useT();
  return (
    <div className="flex flex-wrap items-center gap-2 rounded bg-sky-50 p-2 text-sm dark:bg-sky-950">
      <span>{what}</span>
      <button type="button" onClick={onOpen} className="rounded bg-sky-700 px-2 py-0.5 text-white hover:bg-sky-800 dark:bg-sky-600">
        {t('decode.region.openInner')}
      </button>
    </div>
  );
}

const copyable = (c: ContentView) => (c.mode === 'json' || c.mode === 'text' || c.mode === 'hex' ? c.text : undefined);

/**
 * The payload: JSON, text or hex for a JWS; for a JWE "encrypted" with the sizes until it is
 * decrypted, then the plaintext. A nested JWT (cty "JWT"), signed or decrypted, opens in place.
 */
export const PayloadRegion = memo(function PayloadRegion({ view, outcome, onOpenInner }: { view: DecodedView | undefined; outcome: CheckOutcome | undefined; onOpenInner: (token: string) => void }) {
  const t = useT();
  const decrypted = view?.kind === 'JWE' ? outcome?.decrypted : undefined;
  const content = decrypted?.content ?? view?.payload;
  const inner = decrypted ? decrypted.nestedToken : view ? innerTokenOf(view) : undefined;
  return (
    <section role="region" aria-label={t('decode.region.payload')} className={box}>
      <RegionTitle title={t(decrypted ? 'decode.region.payloadDecrypted' : 'decode.region.payload')} copy={content ? copyable(content) : undefined} copyLabel={t('decode.region.copyPayload')} />
      {!view || !content || view.problems[0]?.code === 'EMPTY' ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('decode.region.payloadEmpty')}</p>
      ) : (
        <>
          {inner && (
            <NestedOffer
              what={t(decrypted ? 'decode.region.nestedDecrypted' : 'decode.region.nestedSigned')}
              onOpen={() => onOpenInner(inner)}
            />
          )}
          <ContentBody content={content} label={decrypted ? 'plaintext' : 'payload'} />
        </>
      )}
    </section>
  );
});
