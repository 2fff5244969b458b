/**
 * Times in the person's language through Intl: "hace 3 horas" / "3 hours ago", and a UTC time.
 * The engine's claims/time.ts words the same in English only.
 */
import { DURATION_UNITS } from '../../jose/index.ts';
import type { Locale } from './locales.ts';

/** "12 years ago", "in 3 hours", "now" (within a second), in `locale`. */
export function relativeWhen(seconds: number, now: number, locale: Locale): string {
  const delta = seconds - now;
  if (Math.abs(delta) < 1) return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(0, 'second');
  const s = Math.abs(delta);
  // The engine's steps, so both languages round alike.
  const [, size, unit] = DURATION_UNITS.find(([limit]) => s < limit)!;
  return new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(Math.sign(delta) * Math.round(s / size), unit);
}

/** A NumericDate as a UTC date and time in `locale` ("24 mar 2014, 15:20:27 UTC"). */
export function utcTime(seconds: number, locale: Locale): string {
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return String(seconds);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long', timeZone: 'UTC' }).format(date);
}
