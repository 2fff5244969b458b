/**
 * Pieces the Spanish profile and best-practice messages share: dates through Intl in Spanish, the
 * kinds of JWT, JSON types, where a key came from and a key as describeKey words it.
 */
import type { MessageParams } from '../../../../jose/index.ts';

export type Message = (p: MessageParams) => string;

export const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
export const num = (v: unknown): string => (typeof v === 'number' ? v.toLocaleString('es') : str(v));

const DATE = new Intl.DateTimeFormat('es', { dateStyle: 'long', timeStyle: 'medium', timeZone: 'UTC' });

/** An ISO 8601 time from the engine ("2014-03-24T15:20:27Z") in Spanish: "24 de marzo de 2014, 15:20:27 UTC". */
export function fecha(v: unknown): string {
  const d = new Date(str(v));
  return Number.isNaN(d.getTime()) ? str(v) : `${DATE.format(d)} UTC`;
}

/** The profile nouns of typing.ts's NAMES, in Spanish, by profile name. */
export const PERFIL: Readonly<Record<string, string>> = {
  id_token: 'un ID token',
  'at+jwt': 'un access token (RFC 9068)',
  'dpop+jwt': 'una prueba DPoP',
  'logout+jwt': 'un logout token',
  'secevent+jwt': 'un Security Event Token',
  'client-assertion': 'una client assertion',
  'kb+jwt': 'un Key Binding JWT',
  'dc+sd-jwt': 'un SD-JWT VC',
  jwt: 'un JWT',
};

export const perfil = (v: unknown): string => PERFIL[str(v)] ?? str(v);

/** The `what` of the profile checks ("An ID token") as the subject of a Spanish sentence. */
const QUE: Readonly<Record<string, string>> = {
  'The JWT': 'El JWT',
  'An ID token': 'Un ID token',
  'A JWT access token': 'Un access token JWT',
  'A DPoP proof': 'Una prueba DPoP',
  'A logout token': 'Un logout token',
  'A Security Event Token': 'Un Security Event Token',
  'A client assertion': 'Una client assertion',
  'A Key Binding JWT': 'Un Key Binding JWT',
  'An SD-JWT VC': 'Un SD-JWT VC',
};

export const que = (v: unknown): string => QUE[str(v)] ?? str(v);

/** check.ts TYPE_WORDS in Spanish. */
const TIPO: Readonly<Record<string, string>> = {
  string: 'una cadena',
  NumericDate: 'un NumericDate (un número de segundos)',
  audience: 'una cadena o un array de cadenas',
  object: 'un objeto JSON',
};

export const tipo = (v: unknown): string => TIPO[str(v)] ?? str(v);

/** check.ts describeValue's words in Spanish. */
const VALOR: Readonly<Record<string, string>> = {
  absent: 'nada',
  null: 'null',
  'an array': 'un array',
  'an object': 'un objeto',
  'a string': 'una cadena',
  'a number': 'un número',
  'a boolean': 'un booleano',
};

export const valor = (v: unknown): string => VALOR[str(v)] ?? str(v);

/** Where the key came from (KeyProvenance), in Spanish: "del jwk del encabezado (…)". */
export function origen(p: MessageParams): string {
  switch (p.source) {
    case 'pasted':
      return 'pegada por ti';
    case 'header-jwk':
      return 'del jwk del encabezado (no es de confianza: el token eligió su propia clave)';
    case 'x5c':
      return p.trusted ? `del x5c del encabezado (cadena comprobada hasta una raíz pegada: ${str(p.anchor)})` : 'del x5c del encabezado (la cadena no es de confianza)';
    case 'jwks-url':
      return `de un JWKS que obtuviste en ${str(p.url)}${p.kid !== undefined ? ` (kid ${str(p.kid)})` : ''}`;
    default:
      return str(p.label);
  }
}

/** A key as describeKey words it, in Spanish: "una clave pública RSA de 2048 bits", "un secreto compartido de 32 bytes". */
export function clave(p: MessageParams): string {
  if (p.keyType === 'secret') return `un secreto compartido de ${num(Number(p.bits) / 8)} bytes`;
  const type = p.keyType === 'private' ? 'privada' : 'pública';
  const what: Record<string, string> = { RSA: `RSA de ${num(p.bits)} bits`, EC: `EC ${str(p.crv)}`, OKP: str(p.crv) || 'OKP', AKP: str(p.keyAlg) || 'AKP' };
  return `una clave ${type} ${what[str(p.kty)] ?? str(p.kty)}`;
}

export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
