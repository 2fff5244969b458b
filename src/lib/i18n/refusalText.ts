/**
 * A share-link refusal in the person's language, worded again from the key text (shareLink.ts's
 * publicKeyRefusal), never by reading the English. Loaded on demand with the refusal.
 */
import { publicKeyRefusal } from '../shareLink.ts';
import { currentLocale } from './i18n.ts';
import type { Translate } from './react.tsx';
import { say } from './words.ts';

/** `english` (the refusal shown today) in the current language; English, or a reason shareLink.ts does not word, as given. */
export function refusalText(keyText: string, english: string, t: Translate): string {
  const locale = currentLocale();
  if (locale === 'en') return english;
  const refusal = publicKeyRefusal(keyText);
  return refusal && refusal.text === english ? say(refusal.words, t, locale) : english;
}
