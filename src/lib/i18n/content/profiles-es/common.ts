/** Spanish for the checks every profile shares: typ, alg, exp, iat, aud and the claim rules of check.ts. */
import { capital, fecha, perfil, que, str, tipo, valor, type Message } from './words.ts';

/** "No hay "typ"" or ""typ" es "JWT"": `typ` is '' when the header has none. */
const dicho = (typ: unknown): string => (str(typ) ? `"typ" es ${str(typ)}` : 'No hay "typ"');

/** The wrong types of a "required claims" failure: "exp:NumericDate:a string;…". */
function malTipados(list: unknown): string[] {
  return str(list).split(';').filter(Boolean).map((item) => {
    const [name, type, actual] = item.split(':');
    return `"${str(name)}" debe ser ${tipo(type)}, no ${valor(actual)}`;
  });
}

export const COMMON_ES = {
  'claim.required': (p) => `${que(p.what)} debe tener "${str(p.name)}"`,
  'claim.type': (p) => `"${str(p.name)}" debe ser ${tipo(p.type)}, no ${valor(p.actual)}`,
  'claim.absent': (p) => `No hay "${str(p.name)}"`,
  'claim.notInToken': (p) => `El token no tiene "${str(p.name)}"`,
  'claim.giveExpected': (p) => `"${str(p.name)}" es ${str(p.value)}; indica el valor esperado (${str(p.context)}) para compararlo`,
  'claim.missingExpected': (p) => `Falta "${str(p.name)}"; se esperaba ${str(p.expected)}`,
  'claim.asExpected': (p) => `"${str(p.name)}" es ${str(p.value)}, como se esperaba`,
  'claim.notExpected': (p) => `"${str(p.name)}" es ${str(p.value)}; se esperaba ${str(p.expected)}`,
  'claim.forbidden': (p) => `"${str(p.name)}" no debe estar: ${why(p.why)}`,
  'claim.forbiddenAbsent': (p) => `No hay "${str(p.name)}", como debe ser: ${why(p.why)}`,
  'claims.all': (p) => `${que(p.what)} tiene todos los claims obligatorios (${str(p.names)})`,
  'claims.needs': (p) => {
    const missing = str(p.missing) ? [`faltan ${str(p.missing).split(', ').map((n) => `"${n}"`).join(', ')}`] : [];
    return `${que(p.what)} necesita ${str(p.names)}: ${[...missing, ...malTipados(p.wrong)].join('; ')}`;
  },
  'claims.encrypted': () => 'Los claims están cifrados: descifra el token y pasa sus claims (context.claims) para comprobarlos',
  'exp.none': () => 'No hay "exp": el token no caduca por sí solo',
  'exp.expired': (p) => `Caducó el ${fecha(p.time)} (el reloj marca ${fecha(p.now)})`,
  'exp.ok': (p) => `Caduca el ${fecha(p.time)}`,
  'iat.future': (p) => `Emitido en el futuro: ${fecha(p.time)} (el reloj marca ${fecha(p.now)})`,
  'iat.ok': (p) => `Emitido el ${fecha(p.time)}`,
  'aud.giveExpected': (p) => `"aud" es ${str(p.value)}; indica ${str(p.context)} para comprobar que te nombra a ti`,
  'aud.includes': (p) => `"aud" incluye ${str(p.expected)}`,
  'aud.excludes': (p) => `"aud" es ${str(p.value)}, que no incluye ${str(p.expected)}`,
  'typ.explicit': (p) => `"typ" es ${str(p.typ)}: tipado explícitamente como ${perfil(p.profile)}${p.prefixed ? ' (el prefijo "application/" está permitido; el RFC 8725 §3.11 recomienda omitirlo)' : ''}`,
  'typ.formerVc': () => '"typ" es "vc+sd-jwt", el nombre anterior; SD-JWT VC exige ahora "dc+sd-jwt"',
  'typ.otherKind': (p) => `"typ" es ${str(p.typ)}, lo que lo convierte en ${perfil(p.other)}; aceptarlo como ${perfil(p.profile)} es confusión entre tipos de JWT`,
  'typ.required': (p) => `${dicho(p.typ)}; ${perfil(p.profile)} debe tener "typ": ${str(p.wanted)}`,
  'typ.generic': (p) => {
    const hint = p.hint === 'recommended' ? `; se recomienda el tipado explícito con ${str(p.wanted)}` : p.hint === 'id_token' ? '; los ID tokens no tienen un tipo registrado, así que lo normal es "JWT" o nada' : '';
    return `${dicho(p.typ)}: no es un aviso (RFC 8725 §3.11: "JWT" no es tipado explícito, y los tipos de JWT anteriores a esa regla no lo usan)${hint}`;
  },
  'typ.unknownKind': (p) => `${dicho(p.typ)}: tipado explícitamente como un tipo de JWT para el que JOSE Lab no tiene comprobaciones`,
  'typ.wrongKind': (p) => `${dicho(p.typ)}, que nombra otro tipo de JWT; ${perfil(p.profile)} ${str(p.wanted) ? `se tipa como ${str(p.wanted)}` : 'lleva "JWT" o ningún "typ"'}`,
  'alg.encrypted': (p) => `Cifrado con ${str(p.alg)} / ${str(p.enc)}; los claims se comprueban una vez descifrado`,
  'alg.jweNotAllowed': (p) => `Este tipo de JWT lo firma la clave de su titular, pero esto es un JWE (${str(p.alg)})`,
  'alg.missing': () => 'Falta "alg" o no es una cadena',
  'alg.none': (p) => `"alg" es ${str(p.alg)}${p.variant ? ' (una variante de "none" en mayúsculas y minúsculas, usada para burlar filtros)' : ''}: sin firmar, así que cualquiera podría haberlo creado`,
  'alg.unknown': (p) => `"alg" ${str(p.alg)} no es un algoritmo JWS que JOSE Lab conozca`,
  'alg.hmacNotAllowed': (p) => `"alg" es ${str(p.alg)}, un MAC con secreto compartido; este tipo de JWT debe usar una firma asimétrica`,
  'alg.ok': (p) => `"alg" es ${str(p.alg)}${p.asymmetric ? ', una firma asimétrica' : ''}`,
} satisfies Record<string, Message>;

/** The reasons a profile gives for a forbidden claim (forbiddenClaim's `why`). */
const WHY: Readonly<Record<string, string>> = {
  'it keeps a logout token from being accepted as an ID token': 'así un logout token no se puede aceptar como ID token',
};

function why(v: unknown): string {
  return WHY[str(v)] ?? capital(str(v));
}
