import { EncodeProblem } from './keyInput.ts';
import { sayValue } from '../../lib/i18n/words.ts';
import type { Locale, Translate } from '../../lib/i18n/index.ts';

/** What an encoder action threw, in the person's language when it came with its words. */
export function thrownText(error: unknown, t: Translate, locale: Locale): string {
  if (error instanceof EncodeProblem && error.words !== undefined) return String(sayValue(error.words, t, locale));
  return error instanceof Error ? error.message : String(error);
}
