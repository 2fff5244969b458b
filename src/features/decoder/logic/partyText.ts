import { errorText } from '../../../lib/i18n/engine-words.ts';
import type { Locale, Translate } from '../../../lib/i18n/index.ts';
import { keyText } from '../../../lib/i18n/keyText.ts';
import type { PartyWords } from './parties.ts';

/**
 * One signature's or recipient's reason in the person's language, from the facts the worker sends
 * (English shows parties.ts's own sentence; a test checks these words give the same English).
 */
export function partyText(w: PartyWords, t: Translate, locale: Locale): string {
  if ('checkedWith' in w) return t('decodeReason.partyChecked', { key: keyText(w.checkedWith, t) });
  if ('openedWith' in w) return t('decodeReason.partyOpened', { key: keyText(w.openedWith, t) });
  if ('unsecured' in w) return t('decodeReason.partyUnsecured');
  // The Result's reasons run on after a colon: no closing full stop, as in English.
  return errorText(w.error, locale).replace(/\.$/, '');
}
