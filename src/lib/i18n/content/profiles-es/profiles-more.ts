/** Spanish for the logout token, Security Event Token and client assertion checks. */
import { num, perfil, str, type Message } from './words.ts';

export const LOGOUT_ES = {
  'logout.events.none': () => 'Un logout token debe tener "events", un objeto JSON',
  'logout.events.missing': (p) => `"events" debe contener el miembro "${str(p.event)}"`,
  'logout.events.value': (p) => `El valor de "${str(p.event)}" debe ser un objeto JSON (normalmente {})`,
  'logout.events.ok': () => '"events" contiene el evento de back-channel logout',
  'logout.subSid.none': () => 'Un logout token debe nombrar al usuario ("sub"), la sesión ("sid") o ambos',
  'logout.subSid.ok': (p) => `Cierra la sesión${str(p.sid) ? ` ${str(p.sid)}` : ''}${str(p.sub) ? ` del usuario ${str(p.sub)}` : ''}`,
} satisfies Record<string, Message>;

export const SET_ES = {
  'set.events.none': () => 'Un Security Event Token debe tener "events", un objeto JSON con URI de eventos',
  'set.events.empty': () => '"events" está vacío; debe tener al menos un evento',
  'set.events.values': (p) => `El valor de cada evento debe ser un objeto JSON (puede ser {}); ${str(p.events)} no ${p.count === 1 ? 'lo es' : 'lo son'}`,
  'set.events.uris': (p) => `Los identificadores de evento deberían ser URI; ${str(p.events)} no ${p.count === 1 ? 'lo es' : 'lo son'}`,
  'set.events.ok': (p) => `${num(p.count)} ${p.count === 1 ? 'evento' : 'eventos'}: ${str(p.events)}`,
  'set.exp.present': () => 'Un SET no debería usar "exp": describe un evento que ya ocurrió, y sin "exp" no puede pasar por un access token',
  'set.exp.none': () => 'No hay "exp", como recomienda el RFC 8417 para los SET',
} satisfies Record<string, Message>;

export const CLIENT_ASSERTION_ES = {
  'ca.issSub.type': () => '"iss" y "sub" deben ser ambos el client_id (cadenas)',
  'ca.issSub.differ': (p) => `"iss" (${str(p.iss)}) y "sub" (${str(p.sub)}) deben ser ambos el client_id`,
  'ca.issSub.giveClient': (p) => `"iss" y "sub" son ambos ${str(p.iss)}; indica clientId para comprobar que es el del cliente`,
  'ca.issSub.ok': (p) => `"iss" y "sub" son el client_id ${str(p.clientId)}`,
  'ca.issSub.other': (p) => `"iss" y "sub" son ${str(p.iss)}, no el client_id ${str(p.clientId)}`,
  'ca.aud.array': () => '"aud" es un array; draft-ietf-oauth-rfc7523bis quiere el identificador de emisor del servidor de autorización como una sola cadena',
  'ca.aud.single': () => '"aud" tiene un solo valor',
  'ca.jti.ok': (p) => `"jti" es ${str(p.jti)}: el servidor puede rechazar una aserción repetida`,
  'ca.jti.none': () => 'No hay un "jti" de tipo cadena: OpenID Connect lo exige para poder rechazar una aserción repetida',
} satisfies Record<string, Message>;

export const KB_JWT_ES = {
  'kb.sdHash.none': () => 'Un Key Binding JWT debe tener "sd_hash", el hash de la presentación que liga',
  'kb.sdHash.giveHash': (p) => `"sd_hash" es ${str(p.sdHash)}; el módulo SD-JWT calcula el hash de la presentación (sdHash) para compararlo`,
  'kb.sdHash.ok': () => '"sd_hash" es el hash de esta presentación',
  'kb.sdHash.other': (p) => `"sd_hash" es ${str(p.sdHash)}; la presentación da el hash ${str(p.expected)}: el KB-JWT se hizo para otra presentación`,
} satisfies Record<string, Message>;

export const SD_JWT_VC_ES = {
  'vc.vct.none': () => 'Un SD-JWT VC debe llevar "vct" (el tipo de credencial) en claro, nunca como divulgable',
  'vc.vct.type': () => '"vct" debe ser una cadena no vacía',
  'vc.vct.ok': (p) => `"vct" es ${str(p.vct)}`,
  'vc.cnf.none': () => 'No hay "cnf": la credencial no está ligada a una clave del titular, así que no se puede comprobar ningún Key Binding JWT',
  'vc.cnf.bad': () => '"cnf" debe ser un objeto con la clave del titular ("jwk", o "kid" / "jkt")',
  'vc.cnf.ok': (p) => `Ligada a la clave del titular de "cnf.${str(p.member)}"`,
} satisfies Record<string, Message>;

/** Why each profile was detected from its claims (detect.ts claimCandidates), in Spanish. */
const POR_CLAIMS: Readonly<Record<string, (p: Parameters<Message>[0]) => string>> = {
  'dpop+jwt': (p) => `los claims tienen "htm" y "htu"${p.jwk ? ' y el encabezado un "jwk"' : ''}`,
  'logout+jwt': () => '"events" contiene el evento de back-channel logout',
  'secevent+jwt': () => 'los claims tienen "events"',
  'kb+jwt': () => 'los claims tienen "sd_hash"',
  'dc+sd-jwt': () => 'los claims tienen "vct"',
  'at+jwt': () => 'los claims tienen "client_id" (que llevan los access tokens del RFC 9068)',
  id_token: (p) => `los claims tienen ${str(p.names)} con "aud"`,
  'client-assertion': () => '"iss" y "sub" son iguales (un cliente que se nombra a sí mismo) con "aud" y "exp"',
};

export const DETECT_ES = {
  'detect.forced': (p) => `Comprobado como ${str(p.profile)}, como pediste`,
  'detect.typ': (p) => `El "typ" es ${str(p.typ)}`,
  'detect.claims': (p) => `No hay un "typ" de perfil, pero ${(POR_CLAIMS[str(p.profile)] ?? (() => perfil(p.profile)))(p)}`,
  'detect.typUnknown': (p) => `El "typ" ${str(p.typ)} no nombra ningún perfil que JOSE Lab compruebe, y los claims no encajan con ninguno`,
  'detect.none': () => 'Ni el "typ" ni los claims nombran un perfil',
} satisfies Record<string, Message>;
