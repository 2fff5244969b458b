/** Spanish for the logout token, Security Event Token and client assertion checks. */
import { num, str, type Message } from './words.ts';

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
