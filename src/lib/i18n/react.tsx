import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { currentLocale, i18n, type Locale } from './i18n.ts';
import type { MessageId, MessageValues } from './ids.ts';

export type Translate = (id: MessageId, values?: MessageValues) => string;

/** A message in the current language (outside React; call it while rendering so it stays current). */
export const t: Translate = (id, values) => i18n._(id, values);

const subscribe = (onChange: () => void) => i18n.on('change', onChange);

/**
 * The current language, and a re-render when it changes. This is all @lingui/react's I18nProvider and
 * useLingui do for an app that never uses <Trans> (no macros here): a subscription to the i18n
 * instance's "change" event, without a provider (measured: 0.5 KB less in the first load).
 */
export function useLocale(): Locale {
  useSyncExternalStore(subscribe, () => i18n.locale);
  return currentLocale();
}

/** `t` for a component: the component re-renders in the new language when the person switches. */
export function useT(): Translate {
  const locale = useLocale();
  // A new function per language, so memoised children that take `t` re-render too.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the language is the point of the dependency
  return useMemo<Translate>(() => (id, values) => i18n._(id, values), [locale]);
}

/** Numbers, dates and lists through Intl in the current language. */
export function useFormat() {
  const locale = useLocale();
  return useMemo(
    () => ({
      locale,
      number: (n: number | bigint, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options).format(n),
      date: (d: Date | number, options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options).format(d),
      list: (items: string[], type: Intl.ListFormatType = 'conjunction') => new Intl.ListFormat(locale, { type }).format(items),
    }),
    [locale],
  );
}

/**
 * The current language once `load(locale)` (a prose table's loader: explanations, lessons, steps,
 * engine messages) has resolved for it; English at once. The table answers in English until then,
 * and the component re-renders when it arrives.
 */
export function useContentLocale(load: (locale: Locale) => Promise<void>): Locale {
  const locale = useLocale();
  const [ready, setReady] = useState<Locale>('en');
  useEffect(() => {
    let live = true;
    load(locale).then(
      () => live && setReady(locale),
      () => undefined, // offline before the chunk was cached: the English stays
    );
    return () => {
      live = false;
    };
  }, [load, locale]);
  return locale === 'en' ? 'en' : ready === locale ? locale : 'en';
}
