/**
 * The token sessions of the session worker: one inspection per token, made when first asked for
 * and shared by every screen and operation that asks about the same text (Decode's view, Learn's
 * anatomy, trace and profile steps). A few recent tokens are kept, so switching between two tokens
 * (an inner JWT and its outer one, Decode and a Learn example) does not read them again.
 */
import { inspect, type InspectResult, type ParsedToken } from '../../jose/index.ts';

export interface TokenSession {
  readonly text: string;
  /** inspect(text), read once. */
  readonly inspected: InspectResult;
}

/** How many tokens' sessions stay alive (the oldest goes first). */
const KEEP = 3;
const sessions = new Map<string, TokenSession>();

function open(text: string): TokenSession {
  let inspected: InspectResult | undefined;
  return {
    text,
    get inspected() {
      return (inspected ??= inspect(text));
    },
  };
}

/** The session of this exact text (a new one when it is not among the recent ones). */
export function sessionFor(text: string): TokenSession {
  const known = sessions.get(text);
  if (known) {
    // Most recently used last.
    sessions.delete(text);
    sessions.set(text, known);
    return known;
  }
  const session = open(text);
  sessions.set(text, session);
  for (const oldest of sessions.keys()) {
    if (sessions.size <= KEEP) break;
    sessions.delete(oldest);
  }
  return session;
}

/** The inspection of a token, shared through its session. */
export function inspectedToken(text: string): InspectResult {
  return sessionFor(text).inspected;
}

/**
 * What verify and decrypt are given for this text: the session's reading when it read exactly this
 * text (nothing trimmed or removed; then the token is not parsed again), otherwise the text itself,
 * so the outcome is always the one verify(text) would give.
 */
export function tokenForCrypto(text: string): ParsedToken | string {
  const read = inspectedToken(text);
  return read.text === text ? read : text;
}
