/**
 * The small pieces every Spanish engine message is built from: values as text, numbers and durations
 * in Spanish, JSON type names, byte counts, the clock a time check used, and the segment names.
 */
import type { MessageParams, SegmentName } from '../../../../jose/index.ts';
import { duracion } from '../duration.es.ts';

export type Message = (p: MessageParams) => string;

export const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
export const n = (v: unknown): string => (typeof v === 'number' ? v.toLocaleString('es') : str(v));
export const dur = (v: unknown): string => (typeof v === 'number' ? duracion(v) : str(v));
export const typeEs = (t: unknown): string =>
  ({ null: 'null', array: 'un array', object: 'un objeto', string: 'una cadena', number: 'un número', boolean: 'un booleano', undefined: 'nada' })[str(t)] ?? str(t);
/** "1 byte", "16 bytes". */
export const bytes = (v: unknown): string => `${n(v)} ${v === 1 ? 'byte' : 'bytes'}`;
export const clock = (p: MessageParams): string => (p.now !== undefined ? ` (reloj: ${str(p.now)}${p.tolerance ? `, tolerancia de ${n(p.tolerance)} s` : ''})` : '');

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const SEGMENTS_ES: Readonly<Record<SegmentName, string>> = {
  header: 'el encabezado',
  payload: 'la carga útil',
  signature: 'la firma',
  encrypted_key: 'la clave cifrada',
  iv: 'el vector de inicialización',
  ciphertext: 'el texto cifrado',
  tag: 'la etiqueta de autenticación',
  aad: 'los AAD',
  token: 'el token',
  key: 'la clave',
  disclosure: 'la Disclosure',
  kb_jwt: 'el Key Binding JWT',
};
