/**
 * Spanish for explain.ts: the same keys as CLAIMS, HEADER_PARAMS and ALG_NAMES (explain.test.ts
 * checks both ways), written for a Spanish-speaking developer. "claim" stays "claim" (the RFC 7519
 * and IANA word; see src/lib/i18n/content/GLOSSARY.es.md). Loaded lazily by loadExplainTexts('es').
 */
import { relativo } from '../../../lib/i18n/content/duration.es.ts';
import type { ExplainTexts } from './explainTexts.ts';

const CLAIMS_ES: ExplainTexts['claims'] = {
  iss: { label: 'Emisor', meaning: 'Quién emitió el token' },
  sub: { label: 'Sujeto', meaning: 'De quién habla el token (una cadena, única para ese emisor)' },
  aud: { label: 'Audiencia', meaning: 'Para quién es el token; un destinatario que no aparece aquí debe rechazarlo' },
  exp: { label: 'Caducidad', meaning: 'El token no debe aceptarse a partir de este instante' },
  nbf: { label: 'No antes de', meaning: 'El token no debe aceptarse antes de este instante' },
  iat: { label: 'Emitido el', meaning: 'Cuándo se emitió el token' },
  jti: { label: 'ID del JWT', meaning: 'Un identificador único, para impedir que el token se reutilice (replay)' },
  name: { label: 'Nombre completo', meaning: 'El nombre completo del usuario' },
  given_name: { label: 'Nombre', meaning: 'El nombre de pila del usuario' },
  family_name: { label: 'Apellidos', meaning: 'Los apellidos del usuario' },
  preferred_username: { label: 'Nombre de usuario preferido', meaning: 'El alias que prefiere el usuario; no es único ni sirve como identificador' },
  email: { label: 'Correo electrónico', meaning: 'La dirección de correo del usuario' },
  email_verified: { label: 'Correo verificado', meaning: 'Si el emisor comprobó la dirección de correo' },
  locale: { label: 'Idioma y región', meaning: 'El idioma y la región del usuario (BCP 47)' },
  zoneinfo: { label: 'Zona horaria', meaning: 'La zona horaria del usuario' },
  updated_at: { label: 'Actualizado el', meaning: 'Cuándo se actualizaron por última vez los datos del usuario' },
  nonce: { label: 'Nonce', meaning: 'Vincula un ID Token con la sesión del cliente; impide reutilizarlo' },
  auth_time: { label: 'Momento de la autenticación', meaning: 'Cuándo se autenticó el usuario' },
  acr: { label: 'Clase de contexto de autenticación', meaning: 'Con qué garantía se autenticó el usuario' },
  amr: { label: 'Métodos de autenticación', meaning: 'Cómo se autenticó el usuario (pwd, otp, mfa…)' },
  azp: { label: 'Parte autorizada', meaning: 'El cliente al que se emitió el ID Token' },
  at_hash: { label: 'Hash del access token', meaning: 'Mitad izquierda del hash del access token emitido junto con este ID Token' },
  c_hash: { label: 'Hash del código', meaning: 'Mitad izquierda del hash del código de autorización' },
  sid: { label: 'ID de sesión', meaning: 'La sesión en el proveedor OpenID' },
  scope: { label: 'Ámbito', meaning: 'Los ámbitos (scopes) que concede el token, separados por espacios' },
  scp: { label: 'Ámbitos', meaning: 'Los ámbitos que concede el token (una grafía no estándar de "scope")' },
  client_id: { label: 'ID de cliente', meaning: 'El cliente OAuth al que se emitió el token' },
  act: { label: 'Actor', meaning: 'Quién actúa en nombre del sujeto (delegación)' },
  may_act: { label: 'Puede actuar', meaning: 'Quién puede actuar en nombre del sujeto' },
  cnf: { label: 'Confirmación', meaning: 'La clave que quien presenta el token debe demostrar que posee (prueba de posesión)' },
  roles: { label: 'Roles', meaning: 'Los roles concedidos al sujeto' },
  groups: { label: 'Grupos', meaning: 'Los grupos a los que pertenece el sujeto' },
  entitlements: { label: 'Derechos', meaning: 'Los derechos (entitlements) del sujeto' },
};

const HEADER_PARAMS_ES: ExplainTexts['headerParams'] = {
  alg: { label: 'Algoritmo', meaning: 'Cómo se firma el token (JWS) o cómo se gestiona la clave del contenido (JWE)' },
  enc: { label: 'Algoritmo de cifrado', meaning: 'El cifrado autenticado del contenido; solo lo tiene un JWE' },
  zip: { label: 'Algoritmo de compresión', meaning: 'El texto en claro se comprimió antes de cifrarlo ("DEF" = DEFLATE sin envoltorio)' },
  kid: { label: 'ID de clave', meaning: 'Una pista que nombra la clave; compárala exactamente con tu conjunto de claves y nunca la uses como ruta ni en una consulta' },
  typ: { label: 'Tipo', meaning: 'El tipo de medio del token completo ("JWT", "at+jwt"…), para distinguir unos tokens de otros' },
  cty: { label: 'Tipo de contenido', meaning: 'El tipo de medio de la carga útil; "JWT" indica un token anidado' },
  crit: { label: 'Crítico', meaning: 'Extensiones que el destinatario debe entender; si no, debe rechazar el token' },
  jku: { label: 'URL del conjunto de claves (JWK Set)', meaning: 'Una URL de claves; aquí nunca se descarga: fiarse de ella permite que el token elija su propia clave' },
  jwk: { label: 'Clave web JSON (JWK)', meaning: 'Una clave incrustada en el encabezado; verificar con ella no demuestra nada por sí solo' },
  x5u: { label: 'URL X.509', meaning: 'Una URL de una cadena de certificados; aquí nunca se descarga' },
  x5c: { label: 'Cadena de certificados X.509', meaning: 'Certificados (DER en base64); no demuestran nada si la cadena no se valida hasta una raíz de confianza' },
  x5t: { label: 'Huella SHA-1 X.509', meaning: 'Hash SHA-1 del certificado DER de la clave' },
  'x5t#S256': { label: 'Huella SHA-256 X.509', meaning: 'Hash SHA-256 del certificado DER de la clave' },
  epk: { label: 'Clave pública efímera', meaning: 'La clave pública ECDH de un solo uso del emisor' },
  apu: { label: 'PartyUInfo del acuerdo', meaning: 'Información sobre el emisor que entra en la derivación de la clave ECDH' },
  apv: { label: 'PartyVInfo del acuerdo', meaning: 'Información sobre el destinatario que entra en la derivación de la clave ECDH' },
  p2s: { label: 'Sal de PBES2', meaning: 'La sal para derivar la clave a partir de la contraseña (al menos 8 bytes)' },
  p2c: { label: 'Iteraciones de PBES2', meaning: 'Las iteraciones de PBKDF2; un valor muy alto sirve para un ataque de denegación de servicio' },
  iv: { label: 'Vector de inicialización', meaning: 'El IV de 96 bits con el que AES-GCM envuelve la clave del contenido' },
  tag: { label: 'Etiqueta de autenticación', meaning: 'La etiqueta (tag) de la envoltura de clave con AES-GCM' },
  b64: { label: 'Carga útil en base64url', meaning: 'false: la carga útil se firma tal cual, sin codificar en base64url (debe figurar en "crit")' },
  url: { label: 'URL', meaning: 'La URL a la que va dirigida la petición (ACME)' },
  nonce: { label: 'Nonce', meaning: 'Un valor que da el servidor para impedir reutilizar la petición (ACME)' },
  ppt: { label: 'Extensión PASSporT', meaning: 'La extensión de PASSporT que se usa' },
};

const ALG_NAMES_ES: ExplainTexts['algNames'] = {
  HS256: 'HMAC con SHA-256', HS384: 'HMAC con SHA-384', HS512: 'HMAC con SHA-512',
  RS256: 'RSASSA-PKCS1-v1_5 con SHA-256', RS384: 'RSASSA-PKCS1-v1_5 con SHA-384', RS512: 'RSASSA-PKCS1-v1_5 con SHA-512',
  PS256: 'RSASSA-PSS con SHA-256', PS384: 'RSASSA-PSS con SHA-384', PS512: 'RSASSA-PSS con SHA-512',
  ES256: 'ECDSA con P-256 y SHA-256', ES384: 'ECDSA con P-384 y SHA-384', ES512: 'ECDSA con P-521 y SHA-512',
  ES256K: 'ECDSA con secp256k1 y SHA-256', EdDSA: 'EdDSA (Ed25519 o Ed448)', none: 'Sin ninguna firma (JWS no protegido)',
  Ed25519: 'EdDSA con Ed25519 (RFC 9864)', Ed448: 'EdDSA con Ed448 (RFC 9864)', 'ML-DSA-44': 'ML-DSA-44, poscuántico (RFC 9964, FIPS 204)', 'ML-DSA-65': 'ML-DSA-65, poscuántico (RFC 9964, FIPS 204)', 'ML-DSA-87': 'ML-DSA-87, poscuántico (RFC 9964, FIPS 204)',
  RSA1_5: 'RSAES-PKCS1-v1_5 (obsoleto, expuesto a ataques de oráculo de relleno)', 'RSA-OAEP': 'RSAES-OAEP con SHA-1', 'RSA-OAEP-256': 'RSAES-OAEP con SHA-256',
  'RSA-OAEP-384': 'RSAES-OAEP con SHA-384', 'RSA-OAEP-512': 'RSAES-OAEP con SHA-512',
  A128KW: 'AES-128 Key Wrap', A192KW: 'AES-192 Key Wrap', A256KW: 'AES-256 Key Wrap', dir: 'Directo: la clave compartida es la clave del contenido',
  'ECDH-ES': 'ECDH-ES: la clave acordada es la clave del contenido', 'ECDH-ES+A128KW': 'ECDH-ES y después AES-128 Key Wrap',
  'ECDH-ES+A192KW': 'ECDH-ES y después AES-192 Key Wrap', 'ECDH-ES+A256KW': 'ECDH-ES y después AES-256 Key Wrap',
  A128GCMKW: 'Envoltura de clave con AES-128-GCM', A192GCMKW: 'Envoltura de clave con AES-192-GCM', A256GCMKW: 'Envoltura de clave con AES-256-GCM',
  'PBES2-HS256+A128KW': 'Contraseña: PBKDF2-HMAC-SHA-256 y después AES-128 Key Wrap', 'PBES2-HS384+A192KW': 'Contraseña: PBKDF2-HMAC-SHA-384 y después AES-192 Key Wrap',
  'PBES2-HS512+A256KW': 'Contraseña: PBKDF2-HMAC-SHA-512 y después AES-256 Key Wrap',
  'A128CBC-HS256': 'AES-128-CBC con HMAC-SHA-256', 'A192CBC-HS384': 'AES-192-CBC con HMAC-SHA-384', 'A256CBC-HS512': 'AES-256-CBC con HMAC-SHA-512',
  A128GCM: 'AES-128-GCM', A192GCM: 'AES-192-GCM', A256GCM: 'AES-256-GCM',
};

function timePhrase(name: string, seconds: number, now: number): string {
  const rel = relativo(seconds, now);
  const past = seconds <= now;
  switch (name) {
    case 'exp':
      return past ? `caducó ${rel}` : `caduca ${rel}`;
    case 'nbf':
      return past ? `válido desde ${rel}` : `todavía no es válido: lo será ${rel}`;
    case 'iat':
      return past ? `emitido ${rel}` : `emitido en el futuro (${rel})`;
    case 'auth_time':
      return `autenticado ${rel}`;
    default:
      return rel;
  }
}

export const EXPLAIN_ES: ExplainTexts = {
  claims: CLAIMS_ES,
  headerParams: HEADER_PARAMS_ES,
  algNames: ALG_NAMES_ES,
  privateClaim: { label: 'Claim privado', meaning: 'No es un claim registrado ni habitual: su significado lo acuerdan el emisor y el destinatario' },
  privateParam: { label: 'Parámetro privado', meaning: 'No es un parámetro de encabezado registrado: solo lo entienden quien produce el token y quien lo consume' },
  looksLikeMilliseconds: 'Este valor parece estar en milisegundos: un NumericDate cuenta segundos',
  mustBeNumericDate: 'Debe ser un número de segundos (NumericDate)',
  subMustBeString: 'Debe ser una cadena, no un número',
  zipOnlyDef: 'Solo está definido "DEF"',
  unknownAlg: (value) => `${value} no es un algoritmo registrado`,
  timePhrase,
  relative: relativo,
};
