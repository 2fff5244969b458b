/** Spanish for the checks particular to one profile (id_token, at+jwt, dpop+jwt, …). */
import type { Message } from './words.ts';

export const PROFILES_ES = {} satisfies Record<string, Message>;
