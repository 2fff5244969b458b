/**
 * The Spanish profile-check and best-practice table: one wording per ProfileMessageCode (a new code
 * without Spanish fails to compile), the rules' titles, and the few words of the checks list.
 */
import type { ProfileMessageCode } from '../../../../jose/index.ts';
import { COMMON_ES } from './common.ts';
import { PRACTICES_ES, PRACTICE_TITLES_ES } from './practices.ts';
import { PROFILES_ES } from './profiles.ts';
import type { Message } from './words.ts';

/** "finding" and "error" quote an engine finding or JoseError: the engine-message table words them (profile-messages.ts). */
export const PROFILE_MESSAGES_ES: Readonly<Record<Exclude<ProfileMessageCode, 'finding' | 'error' | 'problem'>, Message>> = { ...COMMON_ES, ...PRACTICES_ES, ...PROFILES_ES };

export { PRACTICE_TITLES_ES };
export { CONTEXT_FIELDS_ES, PROFILE_TITLES_ES } from './names.ts';

/** The checks list's own words (ChecksList, BestPracticesRegion) in Spanish. */
export const CHECKS_UI_ES = {
  should: ' (un SHOULD: es una advertencia, no un fallo)',
  fillIn: (names: string) => `Rellena ${names} para comprobarlo.`,
  practicesIntro: (failed: number) => `Buenas prácticas para JSON Web Tokens (RFC 8725 y su revisión en curso): ${failed === 0 ? 'no se incumple ninguna regla' : failed === 1 ? 'se incumple 1 regla' : `se incumplen ${failed} reglas`}.`,
  practicesError: 'No se pudo hacer la lista de comprobación: ',
};
