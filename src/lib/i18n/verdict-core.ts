/**
 * What a verdict is made of (the parameters the decoder keeps beside the engine's English), the
 * status words, and the wording module once it is loaded. The wording itself (verdict.ts) comes
 * with a language other than English, so it adds nothing to the first load.
 */
import type { JsonObject, VerdictStatus } from '../../jose/index.ts';
import type { Caveat, VerdictWords } from './verdict-types.ts';

export type { Caveat, KeyFacts, OutcomeFacts, TriedFacts, VerdictWords } from './verdict-types.ts';
import type { MessageId, MessageValues } from './ids.ts';

type Translate = (id: MessageId, values?: MessageValues) => string;

const STATUS_IDS: Record<VerdictStatus, MessageId> = {
  'Signature verified': 'verdict.status.verified',
  'Invalid signature': 'verdict.status.invalid',
  Decrypted: 'verdict.status.decrypted',
  'Decryption failed': 'verdict.status.decryptFailed',
  'Key required': 'verdict.status.keyRequired',
  'Malformed token': 'verdict.status.malformed',
  'Unsecured JWS': 'verdict.status.unsecured',
};

export function statusText(status: VerdictStatus, t: Translate): string {
  return t(STATUS_IDS[status]);
}

/**
 * timeCaveat's decision as parameters ("exp" passed, "nbf" ahead, no leeway); the engine returns
 * only its English sentence.
 */
export function timeCaveatFacts(claims: JsonObject | undefined, now: number): Caveat | undefined {
  const exp = claims?.exp;
  const nbf = claims?.nbf;
  if (typeof exp === 'number' && Number.isFinite(exp) && exp <= now) return { kind: 'expired', exp, now };
  if (typeof nbf === 'number' && Number.isFinite(nbf) && nbf > now) return { kind: 'notYet', nbf, now };
  return undefined;
}

type Wording = (words: VerdictWords, t: Translate, locale: 'en' | 'es') => string | undefined;
let wording: Wording | undefined;

/** i18n.ts hands over verdict.ts's reasonText once it has loaded it, with a language other than English. */
export function setWording(reasonText: Wording): void {
  wording = reasonText;
}

/** The reason in the language `t` speaks, or undefined until the wording is loaded or when the parameters are missing. */
export function reasonIn(words: VerdictWords | undefined, t: Translate, locale: 'en' | 'es'): string | undefined {
  return words && wording ? wording(words, t, locale) : undefined;
}
