/**
 * NumericDate display (RFC 7519 §2): seconds since the epoch shown as UTC, local time and relative
 * to now ("3 hours ago"), and the positions of a small iat -> nbf -> now -> exp timeline.
 */

export interface TimeView {
  seconds: number;
  /** "2014-03-24 15:20:27 UTC" */
  utc: string;
  /** In the reader's locale and time zone (or those given), e.g. "Mar 24, 2014, 4:20:27 PM GMT+1" in English. */
  local: string;
  /** "3 hours ago", "in 2 days", "now". */
  relative: string;
}

/**
 * The unit a duration is said in, by its length: below `limit` seconds it is counted in units of
 * `seconds`. Minutes up to two hours and hours up to two days: "expired 61 minutes ago" says more
 * than "1 hour ago". The names are Intl.RelativeTimeFormat's units, so the screens' other
 * languages round exactly as the English does.
 *
 * @example
 * DURATION_UNITS.find(([limit]) => 5400 < limit); // [7200, 60, 'minute']: 90 minutes
 */
export const DURATION_UNITS: readonly [limit: number, seconds: number, name: 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year'][] = [
  [60, 1, 'second'],
  [7200, 60, 'minute'],
  [86_400 * 2, 3600, 'hour'],
  [86_400 * 60, 86_400, 'day'],
  [86_400 * 730, 86_400 * 30.4375, 'month'],
  [Infinity, 86_400 * 365.25, 'year'],
];

/**
 * A duration in the largest unit that keeps it readable: "45 seconds", "3 hours", "2 years".
 *
 * @example
 * describeDuration(45);    // '45 seconds'
 * describeDuration(3660);  // '61 minutes'
 * describeDuration(10800); // '3 hours'
 */
export function describeDuration(seconds: number): string {
  const s = Math.abs(seconds);
  for (const [limit, unit, name] of DURATION_UNITS) {
    if (s < limit) {
      const n = Math.round(s / unit);
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return `${Math.round(s)} seconds`;
}

/**
 * "3 hours ago" / "in 3 hours" / "now" (within a second).
 *
 * @example
 * relativeTime(0, 7200);    // '2 hours ago'
 * relativeTime(7200, 0);    // 'in 2 hours'
 */
export function relativeTime(seconds: number, now: number): string {
  const delta = seconds - now;
  if (Math.abs(delta) < 1) return 'now';
  return delta < 0 ? `${describeDuration(delta)} ago` : `in ${describeDuration(delta)}`;
}

/**
 * The time as UTC, local and relative; undefined when the number is not a representable date.
 * Local is in the reader's own locale and time zone (Intl's defaults) unless they are given.
 *
 * @example
 * formatNumericDate(1395674427, 1395674487, 'UTC', 'en');
 * // { seconds: 1395674427, utc: '2014-03-24 15:20:27 UTC', local: 'Mar 24, 2014, 3:20:27 PM UTC', relative: '1 minute ago' }
 * formatNumericDate(1395674427, 1395674487, 'Europe/Berlin', 'de-DE')?.local; // '24.03.2014, 16:20:27 MEZ'
 */
export function formatNumericDate(seconds: number, now: number, timeZone?: string, locale?: string): TimeView | undefined {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return undefined;
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  const utc = `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
  const local = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'long',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
  return { seconds, utc, local, relative: relativeTime(seconds, now) };
}

/**
 * What a time claim means right now, in words: "expired 3 hours ago", "valid for another 2 days".
 *
 * @example
 * timeClaimPhrase('exp', 100, 220); // 'expired 2 minutes ago'
 * timeClaimPhrase('nbf', 400, 220); // 'not valid yet: becomes valid in 3 minutes'
 */
export function timeClaimPhrase(name: string, seconds: number, now: number): string {
  const rel = relativeTime(seconds, now);
  const past = seconds <= now;
  switch (name) {
    case 'exp':
      return past ? `expired ${rel}` : `expires ${rel}`;
    case 'nbf':
      return past ? `valid since ${rel.replace(/ ago$/, '')} ago` : `not valid yet: becomes valid ${rel}`;
    case 'iat':
      return past ? `issued ${rel}` : `issued in the future (${rel})`;
    case 'auth_time':
      return `authenticated ${rel}`;
    default:
      return rel;
  }
}

/** One point of the iat → nbf → now → exp timeline. */
export interface TimelinePoint {
  name: 'iat' | 'nbf' | 'now' | 'exp';
  seconds: number;
  /** 0..1 along the timeline. */
  position: number;
}

/**
 * The points of the iat -> nbf -> now -> exp timeline, in time order with positions between 0 and 1.
 * Undefined when the claims hold no usable time (a lone "now" says nothing).
 *
 * @example
 * timelinePoints({ iat: 0, exp: 100 }, 50);
 * // [{ name: 'iat', seconds: 0, position: 0 }, { name: 'now', seconds: 50, position: 0.5 }, { name: 'exp', seconds: 100, position: 1 }]
 */
export function timelinePoints(claims: Record<string, unknown>, now: number): TimelinePoint[] | undefined {
  const points: { name: TimelinePoint['name']; seconds: number }[] = [];
  for (const name of ['iat', 'nbf', 'exp'] as const) {
    const v = claims[name];
    if (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e11) points.push({ name, seconds: v });
  }
  if (points.length === 0) return undefined;
  points.push({ name: 'now', seconds: now });
  points.sort((a, b) => a.seconds - b.seconds || order(a.name) - order(b.name));
  const min = points[0]!.seconds;
  const max = points[points.length - 1]!.seconds;
  const span = max - min;
  return points.map((p) => ({ ...p, position: span > 0 ? (p.seconds - min) / span : 0.5 }));
}

function order(name: TimelinePoint['name']): number {
  return { iat: 0, nbf: 1, now: 2, exp: 3 }[name];
}
