import { useContentLocale, type Locale } from '../../../lib/i18n/index.ts';
import { loadOtherLanguage, otherLanguage } from '../logic/otherLanguage.ts';
import type * as Wording from '../logic/otherLanguageWording.ts';

/**
 * The language Decode's reasons are worded in, and the wording functions for it: undefined in
 * English (the engine's and the worker's own sentences are shown) and until another language's
 * words have arrived (then the component re-renders).
 */
export function useOtherLanguage(): { locale: Locale; wording: typeof Wording | undefined } {
  const locale = useContentLocale(loadOtherLanguage);
  return { locale, wording: locale === 'en' ? undefined : otherLanguage() };
}
