/**
 * A share-link refusal in the person's language, worded again from the key text (shareLink.ts's
 * publicKeyRefusal), never by reading the English. Loaded on demand with the refusal.
 */
import { publicKeyRefusal } from '../shareLink.ts';
import { currentLocale, loadScreenMessages } from './i18n.ts';
import type { Translate } from './react.tsx';
import { say } from './words.ts';

/** `english` (the refusal shown today) in the current language; English, or a reason shareLink.ts does not word, as given. */
export async function refusalText(keyText: string, english: string, t: Translate): Promise<string> {
  const locale = currentLocale();
  if (locale === 'en') return english;
  // The refusals' Spanish comes with the other screens' words (not a Spanish visitor's first load).
  await loadScreenMessages();
  const refusal = publicKeyRefusal(keyText);
  return refusal && refusal.text === english ? say(refusal.words, t, locale) : english;
}
