/**
 * Claim helpers: NumericDate values (RFC 7519 §2) for iat/exp/nbf, a random jti, claim templates,
 * and how a numeric date reads to a person (UTC and relative time, worded by the engine's claims/time.ts
 * as Decode words them).
 */
import { formatNumericDate, relativeTime, type JsonObject, type JsonValue } from '../../jose/index.ts';
import type { Locale, MessageId } from '../../lib/i18n/index.ts';
import { relativeWhen } from '../../lib/i18n/time.ts';

export const DATE_CLAIMS = ['iat', 'nbf', 'exp', 'auth_time'] as const;

/** Seconds since the epoch, as RFC 7519 NumericDate wants (whole seconds). */
export function numericDate(date: Date | number): number {
  const ms = typeof date === 'number' ? date : date.getTime();
  return Math.floor(ms / 1000);
}

/** An offset from now that the helpers offer for "exp". */
export const EXP_OFFSETS = [
  { label: 'encode.helper.exp5min', seconds: 5 * 60 },
  { label: 'encode.helper.exp1h', seconds: 60 * 60 },
  { label: 'encode.helper.exp1day', seconds: 24 * 60 * 60 },
] as const satisfies readonly { label: MessageId; seconds: number }[];

/** A random jti: a version 4 UUID from the platform's CSPRNG. */
export function randomJti(): string {
  return crypto.randomUUID();
}

/**
 * Reads the value of an <input type="datetime-local"> as UTC (the helper says so beside it), so the
 * same input gives the same exp on every machine. Returns undefined for an empty or invalid value.
 *
 * @example
 * fromUtcInput('2030-01-01T00:00'); // 1893456000
 */
export function fromUtcInput(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  return Number.isFinite(ms) ? numericDate(ms) : undefined;
}

export interface DateNote {
  claim: string;
  value: number;
  utc: string;
  relative: string;
  /** The value looks like milliseconds (a common mistake: Date.now() instead of seconds). */
  milliseconds: boolean;
}

/** One note per numeric date claim present: its UTC and relative reading (in `locale`; English as the engine words it). */
export function dateNotes(claims: JsonObject, nowSeconds: number, locale: Locale = 'en'): DateNote[] {
  const notes: DateNote[] = [];
  for (const claim of DATE_CLAIMS) {
    const value = claims[claim];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const milliseconds = looksLikeMilliseconds(value);
    const seconds = milliseconds ? value / 1000 : value;
    const relative = locale === 'en' ? relativeTime(seconds, nowSeconds) : relativeWhen(seconds, nowSeconds, locale);
    notes.push({ claim, value, utc: formatNumericDate(seconds, nowSeconds)?.utc ?? 'not a valid date', relative, milliseconds });
  }
  return notes;
}

/** After the year 5138 in seconds, but a date between 1973 and 5138 in milliseconds. */
export function looksLikeMilliseconds(value: number): boolean {
  return value > 1e11;
}

export type TemplateId = 'oidc' | 'rfc9068' | 'seed';

export interface ClaimTemplate {
  id: TemplateId;
  /** The template's name, as a message id. */
  label: MessageId;
  /** Members the template sets in the protected header (typ for RFC 9068). */
  header?: Record<string, JsonValue>;
  /** Exact text when the template reproduces a document byte for byte. */
  exactHeader?: string;
  claims: (now: number) => string;
  /** The key that reproduces the document's token, when it has one. */
  secret?: string;
  /** Reproducing a printed token needs the bytes as typed. */
  minify?: boolean;
}

const pretty = (value: JsonObject) => JSON.stringify(value, null, 2);

export const TEMPLATES: readonly ClaimTemplate[] = [
  {
    id: 'oidc',
    label: 'encode.template.oidc',
    header: { typ: 'JWT' },
    // OpenID Connect Core 1.0 §2: iss, sub, aud, exp, iat are required; auth_time and nonce when asked.
    claims: (now) =>
      pretty({
        iss: 'https://issuer.example.com',
        sub: '248289761001',
        aud: 's6BhdRkqt3',
        exp: now + 3600,
        iat: now,
        auth_time: now - 60,
        nonce: 'n-0S6_WzA2Mj',
        name: 'Jane Doe',
        email: 'janedoe@example.com',
        email_verified: true,
      }),
  },
  {
    id: 'rfc9068',
    label: 'encode.template.rfc9068',
    // RFC 9068 §2.1: typ "at+jwt"; §2.2: iss, exp, aud, sub, client_id, iat, jti required.
    header: { typ: 'at+jwt' },
    claims: (now) =>
      pretty({
        iss: 'https://authorization-server.example.com/',
        sub: '5ba552d67',
        aud: 'https://rs.example.com/',
        exp: now + 300,
        iat: now,
        jti: randomJti(),
        client_id: 's6BhdRkqt3',
        scope: 'openid profile reademail',
      }),
  },
  {
    id: 'seed',
    label: 'encode.template.seed',
    exactHeader: '{"alg": "HS256"}',
    claims: () => '{"iss": "http://www.example.com", "sub": 42, "exp": 1395674427}',
    secret: 'password',
    minify: false,
  },
];
