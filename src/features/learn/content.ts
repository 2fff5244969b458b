import type { ContentLocale } from '../../lib/i18n/content/locale.ts';
import { loadLessons } from './lessons.ts';
import { loadStepTexts } from './steps.ts';

/**
 * Everything Learn writes in prose, for one language: the lessons, the step titles, value labels and
 * explanations. Await it when the language changes (Spanish is fetched once, as its own chunks);
 * then lessons(locale) and learnSteps(trace, locale) answer synchronously in that language.
 *
 * @example
 * await loadLearnContent('es');
 * learnSteps(trace, 'es').steps[0].heading; // 'Separar el token por los dos "."'
 */
export async function loadLearnContent(locale: ContentLocale): Promise<void> {
  await Promise.all([loadLessons(locale), loadStepTexts(locale)]);
}
