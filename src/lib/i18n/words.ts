/**
 * A sentence as a message id and its values, for code that words things where no `t` is at hand
 * (workers, pure logic): the screen says it in the person's language with `say`. A value may be
 * another sentence, a key's facts, or an engine error (worded by its code and parameters).
 */
import type { MessageId } from './ids.ts';
import type { KeyFacts } from './verdict-types.ts';
import type { ErrorLike } from './content/engine-messages.ts';
import type { Locale } from './locales.ts';
import { keyText } from './keyText.ts';
import { errorText } from './engine-words.ts';
import type { Translate } from './react.tsx';

export type WordValue = string | number | { words: Words } | { key: KeyFacts } | { error: ErrorLike };
export interface Words {
  id: MessageId;
  values?: Record<string, WordValue>;
}

/** A sentence built here, for logic files: `words('encode.problem.noKey', { label: 'Encoding key' })`. */
export function words(id: MessageId, values?: Record<string, WordValue>): Words {
  return values ? { id, values } : { id };
}

/** An engine error as a copy a worker can send (structured-clone safe), for `{ error }` values. */
export function errorLike(error: { code: string; message: string; segment?: unknown; offset?: unknown; details?: unknown; params?: unknown }): ErrorLike {
  return JSON.parse(JSON.stringify({ code: error.code, message: error.message, segment: error.segment, offset: error.offset, details: error.details, params: error.params })) as ErrorLike;
}

/** The sentence in the language `t` speaks. */
export function say(w: Words, t: Translate, locale: Locale): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(w.values ?? {})) values[name] = sayValue(value, t, locale);
  return t(w.id, values);
}

/** A value of a sentence (or a whole reason: a sentence, an engine error, a key) in the language `t` speaks. */
export function sayValue(value: WordValue, t: Translate, locale: Locale): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('words' in value) return say(value.words, t, locale);
  if ('key' in value) return keyText(value.key, t);
  return errorText(value.error, locale);
}
