/** Spanish for the checks particular to one profile (id_token, at+jwt, dpop+jwt, …). */
import { num, str, type Message } from './words.ts';

/** What each OpenID Connect half hash is of (id-token.ts). */
const HASHED: Readonly<Record<string, string>> = { at_hash: 'el access token', c_hash: 'el código de autorización', s_hash: 'el state' };
const hashed = (name: unknown): string => HASHED[str(name)] ?? str(name);

/** half-hash.ts's reason for the hash it chose, in Spanish. */
function motivo(p: Parameters<Message>[0]): string {
  const reason = str(p.reason);
  if (reason.startsWith('EdDSA with Ed25519')) return 'EdDSA con Ed25519 usa SHA-512 (el hash interno de Ed25519)';
  if (reason.startsWith('EdDSA with Ed448')) return 'EdDSA con Ed448 usa SHAKE256 con 114 bytes de salida (el hash interno de Ed448)';
  if (reason.startsWith('Ed25519 uses')) return 'Ed25519 usa SHA-512 (el hash interno de Ed25519)';
  if (reason.startsWith('Ed448 uses')) return 'Ed448 usa SHAKE256 con 114 bytes de salida (el hash interno de Ed448)';
  return `${str(p.alg)} usa ${str(p.hash)}`;
}

export const ID_TOKEN_ES = {
  'idt.iss.expected': (p) => `"iss" es ${str(p.iss)}, el emisor esperado`,
  'idt.iss.mismatch': (p) => `"iss" es ${str(p.iss)}; el emisor debe coincidir exactamente: ${str(p.expected)}`,
  'idt.iss.notHttps': (p) => `"iss" es ${str(p.iss)}; un Issuer Identifier es una URL https sin query ni fragmento`,
  'idt.iss.giveExpected': (p) => `"iss" es ${str(p.iss)}; indica el emisor esperado para compararlo`,
  'idt.sub.bad': (p) => `"sub" debe tener de 1 a 255 caracteres ASCII; tiene ${num(p.length)}${p.ascii ? '' : ', y no todos son ASCII'}`,
  'idt.sub.ok': (p) => `"sub" es ${str(p.sub)}`,
  'idt.azp.needed': (p) => `"aud" nombra ${num(p.count)} audiencias, así que "azp" debería decir a qué cliente se emitió el token`,
  'idt.azp.notNeeded': () => 'Una sola audiencia: "azp" no hace falta',
  'idt.azp.type': () => '"azp" debe ser una cadena',
  'idt.azp.giveClient': (p) => `"azp" es ${str(p.azp)}; indica clientId para comprobar que eres tú`,
  'idt.azp.ok': (p) => `"azp" es tu client_id ${str(p.azp)}`,
  'idt.azp.other': (p) => `"azp" es ${str(p.azp)}, no tu client_id ${str(p.clientId)}`,
  'idt.authTime.none': () => 'No hay "auth_time" (solo es obligatorio si se pidió max_age o auth_time)',
  'idt.authTime.ok': () => '"auth_time" es un NumericDate',
  'idt.authTime.type': () => '"auth_time" debe ser un NumericDate (un número de segundos)',
  'idt.hash.none': (p) => `No hay "${str(p.name)}"${p.given ? `; solo es obligatorio cuando el ID token llega del endpoint de autorización junto con ${hashed(p.name)}` : ''}`,
  'idt.hash.type': (p) => `"${str(p.name)}" debe ser una cadena`,
  'idt.hash.giveValue': (p) => `"${str(p.name)}" es ${str(p.value)}; indica ${hashed(p.name)} (${str(p.context)}) para comprobarlo`,
  'idt.hash.ok': (p) => `"${str(p.name)}" corresponde a ${hashed(p.name)}: la mitad izquierda de su ${str(p.hash)} (${motivo(p)})`,
  'idt.hash.mismatch': (p) => `"${str(p.name)}" es ${str(p.value)}, pero la mitad izquierda del ${str(p.hash)} de ${hashed(p.name)} es ${str(p.expected)} (${motivo(p)})`,
} satisfies Record<string, Message>;

export const PROFILES_ES = { ...ID_TOKEN_ES } satisfies Record<string, Message>;
