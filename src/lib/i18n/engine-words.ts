/**
 * The engine's messages in the person's language, for components in the first load. English is the
 * message the engine wrote; the Spanish wording (content/engine-messages.ts and its tables) is
 * fetched with the first switch to Spanish, so it adds nothing to the first load.
 */
import type * as EngineMessages from './content/engine-messages.ts';
import type { ErrorLike, FindingLike } from './content/engine-messages.ts';
import type { Locale } from './locales.ts';

let wording: typeof EngineMessages | undefined;

/** Loads the wording for `locale` (nothing for English); pass it to useContentLocale. */
export async function loadEngineWords(locale: Locale): Promise<void> {
  if (locale === 'en') return;
  const module = await import('./content/engine-messages.ts');
  await module.loadEngineMessages(locale);
  wording = module;
}

export function findingText(finding: FindingLike, locale: Locale): string {
  return locale !== 'en' && wording ? wording.findingMessage(finding, locale) : finding.message;
}

export function problemText(problem: ErrorLike, locale: Locale): string {
  return locale !== 'en' && wording ? wording.problemMessage(problem, locale) : problem.message;
}

export function noticeText(notice: { code: string; message: string }, locale: Locale): string {
  return locale !== 'en' && wording ? wording.noticeMessage(notice, locale) : notice.message;
}

/** A JoseError (or its copy from a worker) in the person's language, with where it happened. */
export function errorText(error: ErrorLike, locale: Locale): string {
  return locale !== 'en' && wording ? wording.errorMessage(error, locale) : error.message;
}
