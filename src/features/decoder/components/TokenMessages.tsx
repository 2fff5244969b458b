import { Icon } from '../../../components/Icon.tsx';
import type { DecodedView } from '../logic/view.ts';
import { useContentLocale, useT, type Locale, type Translate } from '../../../lib/i18n/index.ts';
import { loadEngineWords, noticeText, problemText } from '../../../lib/i18n/engine-words.ts';

/** Each notice once, with how many places it applies to ("… (3 places)"): a wrapped token has many line breaks. */
export function noticeLines(notices: readonly { code: string; message: string }[], t?: Translate, locale: Locale = 'en'): string[] {
  const counts = new Map<string, number>();
  for (const n of notices) {
    const message = noticeText(n, locale);
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts].map(([message, n]) => (n > 1 ? (t ? t('decode.token.places', { message, n }) : `${message} (${n.toLocaleString('en')} places)`) : message));
}

/**
 * Under the Token editor: "Reading N characters…" while the worker reads a long token, the text
 * trimmed around the token, and each problem with a button that moves the editor to its offset
 * (`goTo` undefined: no editor to move, e.g. the large token's plain view).
 */
export function TokenMessages({ token, view, stale, goTo }: { token: string; view: DecodedView | undefined; stale: boolean; goTo: ((offset: number) => void) | undefined }) {
  const t = useT();
  const locale = useContentLocale(loadEngineWords);
  return (
    <>
      {stale && <p className="text-xs text-slate-600 dark:text-slate-400">{t('decode.token.reading', { n: token.length })}</p>}
      {view && view.notices.length > 0 && (
        <ul aria-label={t('decode.token.trimmed')} className="text-xs text-slate-700 dark:text-slate-300">
          {noticeLines(view.notices, t, locale).map((m) => (
            <li key={m}>
              <Icon name="info" /> {m}
            </li>
          ))}
        </ul>
      )}
      {view && !stale && view.problems.length > 0 && token.trim() !== '' && (
        <ul aria-label={t('decode.token.problems')} className="flex flex-col gap-1 text-sm">
          {view.problems.map((p, i) => (
            <li key={i} className={`rounded border-l-4 px-2 py-1 ${p.blocking ? 'border-red-500 bg-red-50 text-red-950 dark:border-red-600 dark:bg-red-950 dark:text-red-100' : 'border-slate-400 bg-slate-50 dark:bg-slate-900'}`}>
              {problemText(p, locale)}{' '}
              <button type="button" onClick={() => goTo?.(p.offset)} className="underline" disabled={!goTo}>
                {t('decode.token.atOffset', { offset: p.offset })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
