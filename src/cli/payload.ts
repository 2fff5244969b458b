/**
 * The header and payload text of sign / encrypt, as the Encode screen makes them: JSON minified by
 * default (member order and values kept), or with --exact the bytes exactly as given (Minify off).
 */
import { isJoseError, parseJson, type JsonObject } from '../jose/index.ts';
import { parseTime } from './clock.ts';
import { str, type Values } from './command.ts';
import { CliError, usage } from './errors.ts';

export const PAYLOAD_OPTIONS = {
  header: { type: 'string' },
  exact: { type: 'boolean' },
  iat: { type: 'boolean' },
  exp: { type: 'string' },
  serialization: { type: 'string' },
  kid: { type: 'string' },
} as const;

export const PAYLOAD_HELP = `  --header JSON        more protected header members ({"typ":"JWT","kid":"a"}); "alg" may be here instead of --alg
  --exact              header and payload bytes exactly as given, whitespace and all (the page's Minify off)
  --iat                add "iat": now to JSON claims
  --exp TIME           add "exp": seconds, an ISO date, or a duration from now (+1h, 30m, 7d)
  --kid KID            the key to use from a JWKS (and the header's "kid"); a JWK's own kid is used by default
  --serialization S    compact (default), flattened or general (JSON serializations)`;

export type SerializationChoice = 'compact' | 'flattened' | 'general';

export function serializationOf(values: Values): SerializationChoice {
  const s = str(values, 'serialization') ?? 'compact';
  if (s !== 'compact' && s !== 'flattened' && s !== 'general') throw usage(`--serialization must be compact, flattened or general, not ${JSON.stringify(s)}`);
  return s;
}

function parseObject(text: string, what: string): JsonObject {
  let value: unknown;
  try {
    value = parseJson(text, { what, rejectDuplicates: true }).value;
  } catch (error) {
    if (isJoseError(error)) throw new CliError(error.code, error.message, 2, what === 'header' ? 'header' : 'payload', error.offset);
    throw error;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new CliError('ERR_JSON', `The ${what} must be a JSON object ({ ... })`, 2, what === 'header' ? 'header' : 'payload');
  return value as JsonObject;
}

export interface Prepared {
  header: JsonObject;
  /** The protected header's exact text (--exact), else undefined: the engine serializes it. */
  headerText?: string;
  payload: string;
}

/** Header and payload from the options and the payload text. */
export function preparePayload(values: Values, payloadText: string): Prepared {
  const exact = values.exact === true;
  const headerText = str(values, 'header');
  const header = headerText !== undefined ? parseObject(headerText, 'header') : {};
  const looksJson = /^\s*\{/.test(payloadText);
  if (exact) {
    if (values.iat || values.exp !== undefined) throw usage('--iat and --exp change the claims, so they cannot be used with --exact');
    return { header, ...(headerText !== undefined ? { headerText } : {}), payload: payloadText };
  }
  if (!looksJson) {
    if (values.iat || values.exp !== undefined) throw usage('--iat and --exp add claims to a JSON object; this payload is not one');
    return { header, payload: payloadText.replace(/\r?\n$/, '') };
  }
  const claims = parseObject(payloadText, 'claims');
  const now = Math.floor(Date.now() / 1000);
  if (values.iat) claims.iat = now;
  const exp = str(values, 'exp');
  if (exp !== undefined) claims.exp = Math.floor(parseTime(exp, 'exp', now));
  return { header, payload: JSON.stringify(claims) };
}
