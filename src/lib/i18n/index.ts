/**
 * The one home of the app's words. Components call `const t = useT()` and `t('area.key', { param })`;
 * code outside React calls `t` (it reads the current language, so call it while rendering). Numbers
 * and dates go through `useFormat()` (Intl in the current language). The ids live in messages/en/,
 * their Spanish in messages/es/; `npm run i18n:compile` compiles them. Translate engine errors and
 * verdicts by their code and parameters, never by matching the English text.
 */
export { useT, t, useLocale, useFormat, useContentLocale, type Translate } from './react.tsx';
export { LOCALES, currentLocale, detectLocale, initI18n, isMessageId, loadScreenMessages, setLocale, type Locale } from './i18n.ts';
export type { MessageId, MessageValues } from './ids.ts';
