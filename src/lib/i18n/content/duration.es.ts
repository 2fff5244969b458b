/**
 * Durations and relative times in Spanish, in the same units as the engine's describeDuration and
 * relativeTime ("61 minutos" says more than "1 hora"), for the claim explanations and the engine
 * messages alike.
 */
const UNITS: [limit: number, seconds: number, one: string, many: string][] = [
  [60, 1, 'segundo', 'segundos'],
  [7200, 60, 'minuto', 'minutos'],
  [86_400 * 2, 3600, 'hora', 'horas'],
  [86_400 * 60, 86_400, 'día', 'días'],
  [86_400 * 730, 86_400 * 30.4375, 'mes', 'meses'],
  [Infinity, 86_400 * 365.25, 'año', 'años'],
];

/**
 * @example
 * duracion(45);    // '45 segundos'
 * duracion(3660);  // '61 minutos'
 * duracion(10800); // '3 horas'
 */
export function duracion(seconds: number): string {
  const s = Math.abs(seconds);
  const [, unit, one, many] = UNITS.find(([limit]) => s < limit) ?? UNITS[UNITS.length - 1]!;
  const n = Math.round(s / unit);
  return `${n.toLocaleString('es')} ${n === 1 ? one : many}`;
}

/**
 * "hace 3 horas" / "dentro de 3 horas" / "ahora" (within a second).
 *
 * @example
 * relativo(0, 7200); // 'hace 2 horas'
 */
export function relativo(seconds: number, now: number): string {
  const delta = seconds - now;
  if (Math.abs(delta) < 1) return 'ahora';
  return delta < 0 ? `hace ${duracion(delta)}` : `dentro de ${duracion(delta)}`;
}
