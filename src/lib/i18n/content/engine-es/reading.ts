/**
 * What inspect() says about reading a pasted token, in Spanish: its problems (by ProblemCode, from
 * their params) and its notices (what it removed around the token).
 */
import type { ProblemCode } from '../../../../jose/index.ts';
import { capital, n, str, type Message } from './format.ts';

export const PROBLEMS_ES: Readonly<Record<ProblemCode, Message>> = {
  EMPTY: () => 'No hay ningún token: pega un JWT, un JWS o un JWE',
  NOT_A_TOKEN: () => 'Esto no parece un token JOSE: ni partes base64url separadas por puntos ni un objeto JSON',
  SEGMENT_COUNT: (p) => `Un token compacto tiene 3 partes (JWS) o 5 (JWE); este tiene ${n(p.count)}`,
  BASE64URL: (p) => `Base64url no válido en ${str(p.segmentName) || 'el segmento'}${p.char !== undefined ? `: ${str(p.char)}` : ''}`,
  EMPTY_SEGMENT: (p) => `${capital(str(p.segmentName) || 'el segmento')} está vacío`,
  NOT_UTF8: (p) => `${capital(str(p.segmentName) || 'el segmento')} no es texto UTF-8 válido`,
  JSON: (p) => `JSON no válido en ${str(p.segmentName) || 'el segmento'}${p.line !== undefined ? `, línea ${n(p.line)}, columna ${n(p.column)}` : ''}`,
  JSON_LIMIT: (p) => `El JSON de ${str(p.segmentName) || 'el segmento'} supera el límite de anidamiento o de tamaño${p.limit !== undefined ? ` (${n(p.limit)})` : ''}`,
  DUPLICATE_MEMBER: (p) => `${capital(str(p.segmentName) || 'el objeto')} repite ${p.name !== undefined ? `el miembro ${str(p.name)}` : 'un nombre de miembro'}; los analizadores no se ponen de acuerdo sobre qué valor gana`,
  HEADER_NOT_OBJECT: (p) => `${capital(str(p.segmentName) || 'el encabezado')} debe ser un objeto JSON`,
  ALG_MISSING: () => 'El encabezado no tiene un "alg" de tipo cadena (RFC 7515 §4.1.1: DEBE estar)',
  STRUCTURE: () => 'La serialización JSON no tiene la estructura de un JWS o un JWE',
  UNENCODED_PAYLOAD: () => 'La carga útil sin codificar ("b64": false) no puede contener "." en la serialización compacta (RFC 7797 §5.2)',
  JSON_ESCAPES: () => 'El JSON usa secuencias de escape que los analizadores leen de formas distintas',
  SD_JWT: () => 'El SD-JWT está mal formado',
  INTERNAL: () => 'Error interno al leer el token',
};

/** inspect()'s notices (what it removed around a pasted token): fixed sentences, keyed by their English text. */
export const NOTICES_ES: Readonly<Record<string, string>> = {
  'Removed whitespace before the token': 'Se quitaron espacios antes del token',
  'Removed whitespace after the token': 'Se quitaron espacios después del token',
  'Removed an "Authorization:" header name before the token': 'Se quitó el nombre de cabecera "Authorization:" delante del token',
  'Removed the "Bearer " prefix (RFC 6750) before the token': 'Se quitó el prefijo "Bearer " (RFC 6750) delante del token',
  'Removed the opening quote before the token': 'Se quitó la comilla de apertura delante del token',
  'Removed the closing quote after the token': 'Se quitó la comilla de cierre detrás del token',
  'Removed whitespace inside the token (line breaks or spaces, as logs, emails and terminals add them)': 'Se quitaron espacios dentro del token (saltos de línea o espacios, como los que añaden los registros, los correos y los terminales)',
};
