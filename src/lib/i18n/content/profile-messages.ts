/**
 * Profile checks and best-practice rules in the reader's language. The engine keeps its English
 * message; a check also carries `code` + `params` (ProfileCheck), so the Spanish here is built from
 * the same values: dates, quoted claim values, algorithms, sizes. Spanish is fetched once
 * (loadProfileMessages('es'), with the engine's finding wording that some rules quote); until it
 * arrives, and for a check without a code, the English message is returned.
 */
import type { BestPracticeRule, MessageParams, ProfileCheck } from '../../../jose/index.ts';
import { lazyContent, type ContentLocale } from './locale.ts';

// Both are fetched with the language, never in the first load: the table, and the engine's
// finding wording (engine-messages.ts and its Spanish) that some rules quote.
const SPANISH = lazyContent(() => import('./profiles-es/index.ts'));
// "finding" / "error" quote an engine finding or JoseError: their own table words them.
const FINDINGS = lazyContent(() => import('./engine-messages.ts').then(async (m) => (await m.loadEngineMessages('es'), m)));

/** Fetches the profile wording of a language once (nothing for English). */
export async function loadProfileMessages(locale: ContentLocale): Promise<void> {
  if (locale === 'es') await Promise.all([SPANISH.load(), FINDINGS.load()]);
}

/** What the translation reads of a ProfileCheck (a worker's structured clone fits). */
export type CheckLike = Pick<ProfileCheck, 'id' | 'message' | 'code' | 'params'>;

const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined);

/**
 * A check's (or rule's) message in `locale`.
 *
 * @example
 * await loadProfileMessages('es');
 * checkMessage({ id: 'exp', code: 'exp.ok', params: { time: '2030-01-01T00:00:00Z' }, message: 'Expires at 2030-01-01T00:00:00Z' }, 'es');
 * // 'Caduca el 1 de enero de 2030, 0:00:00 UTC'
 */
export function checkMessage(check: CheckLike, locale: ContentLocale): string {
  const es = locale === 'es' ? SPANISH.get() : undefined;
  if (!es || !check.code) return check.message;
  const params: MessageParams = check.params ?? {};
  const engine = FINDINGS.get();
  if (check.code === 'finding') return engine?.findingMessage({ code: String(params.finding), message: check.message, params }, locale) ?? check.message;
  if (check.code === 'problem') return engine?.problemMessage({ code: String(params.problem), message: check.message, params }, locale) ?? check.message;
  if (check.code === 'error') return engine?.errorMessage({ code: String(params.error), message: check.message, params }, locale) ?? check.message;
  const say = own(es.PROFILE_MESSAGES_ES, check.code);
  if (!say) return check.message;
  // A message that quotes a JoseError (params.error, its English in params.reason) or another check
  // message (params.problem) gets it worded first, as `inner`.
  const nested = typeof params.problem === 'string' ? own(es.PROFILE_MESSAGES_ES, params.problem) : undefined;
  const inner = params.error !== undefined ? (engine?.errorMessage({ code: String(params.error), message: String(params.reason), params }, locale) ?? String(params.reason)) : nested ? nested(params) : '';
  return say({ ...params, inner });
}

/** A best-practice rule's title in `locale`. */
export function practiceTitle(rule: Pick<BestPracticeRule, 'id' | 'title'>, locale: ContentLocale): string {
  const es = locale === 'es' ? SPANISH.get() : undefined;
  return (es && own(es.PRACTICE_TITLES_ES, rule.id)) ?? rule.title;
}

/** The checks list's own words in `locale`, English until the Spanish is in. */
export function checksWords(locale: ContentLocale) {
  const es = locale === 'es' ? SPANISH.get() : undefined;
  if (es) return es.CHECKS_UI_ES;
  return {
    should: ' (a SHOULD: a warning, not a failure)',
    fillIn: (names: string) => `Fill in ${names} to check it.`,
    practicesIntro: (failed: number) => `JSON Web Token Best Current Practices (RFC 8725 and its revision in progress): ${failed === 0 ? 'no rule broken' : `${failed} rule${failed === 1 ? '' : 's'} broken`}.`,
    practicesError: 'The checklist could not be made: ',
  };
}

/** A profile's title (PROFILE_TITLES) in `locale`: `english` until the Spanish is in. */
export function profileTitle(name: string, english: string, locale: ContentLocale): string {
  const es = locale === 'es' ? SPANISH.get() : undefined;
  return (es && own(es.PROFILE_TITLES_ES, name)) ?? english;
}

/** A context input's label and placeholder in `locale` (the English field until the Spanish is in). */
export function contextFieldWords<F extends { label: string; placeholder: string }>(path: string, field: F, locale: ContentLocale): { label: string; placeholder: string } {
  const es = locale === 'es' ? SPANISH.get() : undefined;
  return (es && own(es.CONTEXT_FIELDS_ES, path)) ?? field;
}
