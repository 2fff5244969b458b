/**
 * The wording of Decode's reasons (the classification, the key provenance) in a language other than
 * English, fetched with that language: English shows the engine's own sentences, so the first load
 * carries none of this.
 */
import { loadScreenMessages, type Locale } from '../../../lib/i18n/index.ts';
import { loadEngineWords } from '../../../lib/i18n/engine-words.ts';
import type * as Wording from './otherLanguageWording.ts';

let wording: typeof Wording | undefined;

/** For useContentLocale: the engine's messages and these words, for `locale` (nothing for English). */
export async function loadOtherLanguage(locale: Locale): Promise<void> {
  if (locale === 'en') return;
  // The reasons' words are in the lazy screens' catalogue (decodeReasons): English never needs them before the first render.
  const [module] = await Promise.all([import('./otherLanguageWording.ts'), loadEngineWords(locale), loadScreenMessages()]);
  wording = module;
}

/** The wording functions once loadOtherLanguage has resolved (undefined before: show the English). */
export function otherLanguage(): typeof Wording | undefined {
  return wording;
}
