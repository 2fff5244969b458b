/** --now and --exp values: seconds since the epoch, an ISO 8601 date, or a duration from now (+1h, 30m, 2d). */
import { str, type Values } from './command.ts';
import { usage } from './errors.ts';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800, y: 31_557_600 };

/**
 * Reads a time as seconds since the epoch.
 * "1395674427", "2014-03-24T15:20:27Z", "2014-03-24" are absolute; "+1h", "90m", "-2d" are relative to `now`.
 */
export function parseTime(text: string, option: string, now = Date.now() / 1000): number {
  const t = text.trim();
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  const rel = /^([+-]?)(\d+(?:\.\d+)?)([smhdwy])$/.exec(t);
  if (rel) return now + (rel[1] === '-' ? -1 : 1) * Number(rel[2]) * UNIT_SECONDS[rel[3]!]!;
  const ms = Date.parse(t);
  if (/^\d{4}-\d{2}-\d{2}/.test(t) && Number.isFinite(ms)) return ms / 1000;
  throw usage(`--${option} ${JSON.stringify(text)} is not a time: give seconds since 1970 (1395674427), an ISO date (2014-03-24T15:20:27Z) or a duration (+1h, 30m, 2d)`);
}

/** --now and --clock-tolerance: the clock every check of a command uses. */
export function clockOptions(values: Values): { now: number; clockTolerance: number } {
  const nowText = str(values, 'now');
  const clockTolerance = Number(str(values, 'clock-tolerance') ?? 0);
  if (!(clockTolerance >= 0)) throw usage('--clock-tolerance must be a number of seconds, 0 or more');
  return { now: nowText !== undefined ? parseTime(nowText, 'now') : Date.now() / 1000, clockTolerance };
}
