import { useId } from 'react';
import { LOCALES, setLocale, useLocale, useT, type Locale } from '../lib/i18n/index.ts';

/**
 * The header's "Language" select. Each option is written in its own language (and marked with
 * `lang`), so a person who landed in a language they do not read still finds theirs; the Spanish
 * accessible name keeps "Language" beside "Idioma" for the same reason.
 */
export function LanguageSelect() {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {t('shell.language')}
      </label>
      <select
        id={id}
        value={locale}
        onChange={(event) => void setLocale(event.target.value as Locale)}
        className="rounded-md border border-slate-300 bg-transparent px-1.5 py-1 text-sm dark:border-slate-700 dark:bg-slate-950"
      >
        {LOCALES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </>
  );
}
