import type { ContentLocale } from '../../../lib/i18n/content/locale.ts';
import { profileSteps, type ProfileStepLists } from './profileSteps.ts';

/**
 * profileSteps in `locale`: the at_hash and jkt steps, their headings, labels, sentences and notes in
 * that language (Spanish is fetched with the first Spanish call). Use it where ProfileSteps.tsx calls
 * profileSteps, with the locale in the query key.
 *
 * @example
 * const { atHash } = await profileStepsIn('es', idToken, accessToken);
 * atHash?.[0].heading; // 'Los octetos ASCII del access token'
 */
export async function profileStepsIn(locale: ContentLocale, token: string, accessToken: string): Promise<ProfileStepLists> {
  const lists = await profileSteps(token, accessToken);
  if (locale !== 'es') return lists;
  const { localizeProfileSteps } = await import('./profileSteps.es.ts');
  return localizeProfileSteps(lists, token);
}
