/** Spanish for the checks particular to one profile (id_token, at+jwt, dpop+jwt, …). */
import { fecha, num, str, valor, type Message } from './words.ts';
import { CLIENT_ASSERTION_ES, DETECT_ES, KB_JWT_ES, LOGOUT_ES, SD_JWT_VC_ES, SET_ES } from './profiles-more.ts';

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

export const ACCESS_TOKEN_ES = {
  'at.cnf.none': () => 'No hay "cnf": es un token al portador, no ligado a ninguna clave',
  'at.cnf.type': () => '"cnf" debe ser un objeto JSON',
  'at.cnf.jktType': () => '"cnf.jkt" debe ser una cadena con la huella base64url de un JWK',
  'at.cnf.bound': (p) => `Ligado ${p.to === 'jkt' ? `a la clave DPoP con huella ${str(p.jkt)}` : p.to === 'certificate' ? 'a un certificado de cliente (RFC 8705)' : 'a una clave'}: preséntalo con una prueba de posesión de esa clave`,
} satisfies Record<string, Message>;

/** Where the thumbprint to compare came from (dpop.ts jktCheck). */
const desde = (source: unknown): string => (source === 'expected' ? 'la huella esperada' : 'el "cnf.jkt" del access token');

export const DPOP_ES = {
  'dpop.jwk.none': () => 'Una prueba DPoP debe llevar en el encabezado "jwk" la clave pública que la firmó',
  'dpop.jwk.ok': (p) => `La firma se verifica con la clave pública de "jwk" (${str(p.kind)}); esto demuestra la posesión de esa clave, no quién es su dueño`,
  'dpop.jwk.bad': (p) => `La firma no se verifica con la clave de "jwk": ${str(p.inner)}`,
  'dpop.jti.ok': (p) => `"jti" es ${str(p.jti)} (el servidor lo guarda para rechazar una prueba repetida)`,
  'dpop.jti.none': () => 'Una prueba DPoP debe tener "jti", una cadena única, para poder detectar una repetición',
  'dpop.htu.none': () => 'Una prueba DPoP debe tener "htu", la URI de la petición',
  'dpop.htu.notUri': (p) => `"htu" ${str(p.htu)} no es una URI absoluta`,
  'dpop.htu.giveUrl': (p) => `"htu" es ${str(p.htu)}${p.query ? ' ("htu" no debería llevar query ni fragmento)' : ''}; indica la URL de la petición (dpop.htu) para compararla`,
  'dpop.htu.badUrl': (p) => `La URL de la petición indicada, ${str(p.url)}, no es una URI absoluta`,
  'dpop.htu.ok': (p) => `"htu" coincide con la URL de la petición ${str(p.url)} (sin contar query ni fragmento)${p.query ? ' ("htu" no debería llevar query ni fragmento)' : ''}`,
  'dpop.htu.other': (p) => `"htu" es ${str(p.htu)}, pero la petición fue a ${str(p.url)} (sin contar query ni fragmento)`,
  'dpop.iat.type': (p) => `"iat" debe ser un NumericDate, no ${valor(p.actual)}`,
  'dpop.iat.future': (p) => `"iat" ${fecha(p.time)} está ${num(p.seconds)} s en el futuro (reloj: ${fecha(p.now)})`,
  'dpop.iat.old': (p) => `La prueba tiene ${num(p.seconds)} s (iat ${fecha(p.time)}); se acepta hasta ${num(p.maxAge)} s`,
  'dpop.iat.ok': (p) => `Creada hace ${num(p.age)} s, dentro de la ventana de ${num(p.maxAge)} s`,
  'dpop.ath.giveToken': (p) => `"ath" es ${str(p.ath)}; indica el access token (dpop.accessToken) para comprobarlo`,
  'dpop.ath.none': () => 'No hay "ath": la prueba no es para una petición con access token (una petición de token, por ejemplo)',
  'dpop.ath.missing': (p) => `Una prueba enviada con un access token debe tener "ath" = ${str(p.expected)} (el SHA-256 en base64url del token)`,
  'dpop.ath.ok': () => '"ath" es el SHA-256 en base64url del access token',
  'dpop.ath.other': (p) => `"ath" es ${str(p.ath)}; el SHA-256 en base64url del access token es ${str(p.expected)}`,
  'dpop.jkt.noKey': (p) => `No hay huella: ${str(p.inner)}`,
  'dpop.jkt.giveBound': (p) => `La huella RFC 7638 de la clave es ${str(p.jkt)}; indica la huella ligada (dpop.jkt) o un access token JWT con "cnf.jkt" (dpop.accessToken) para compararla`,
  'dpop.jkt.ok': (p) => `La huella de "jwk" (${str(p.jkt)}) es ${desde(p.source)}: la prueba usa la clave a la que está ligado el token`,
  'dpop.jkt.other': (p) => `La huella de "jwk" es ${str(p.jkt)}, pero ${desde(p.source)} es ${str(p.expected)}: la prueba usa otra clave`,
} satisfies Record<string, Message>;

export const PROFILES_ES = { ...ID_TOKEN_ES, ...ACCESS_TOKEN_ES, ...DPOP_ES, ...LOGOUT_ES, ...SET_ES, ...CLIENT_ASSERTION_ES, ...KB_JWT_ES, ...SD_JWT_VC_ES, ...DETECT_ES } satisfies Record<string, Message>;
