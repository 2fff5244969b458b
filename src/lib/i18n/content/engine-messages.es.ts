/**
 * The engine's findings, reading problems and errors in Spanish, by their stable code and the
 * `params` the engine attaches (the values its English message interpolates). Untrusted values
 * (a kid, a URL, an alg from the token) arrive already bounded and quoted by the engine's echo(),
 * so they are inserted as they are. Typed as complete records: a code added to FINDING_CODES,
 * ProblemCode or JoseErrorCode without Spanish fails to compile (and engine-messages.test.ts).
 * Loaded lazily by loadEngineMessages('es'); wording follows GLOSSARY.es.md.
 */
import { JWE_ALG_INFO, JWS_ALG_INFO, isJwsAlg, type FindingCode, type JoseErrorCode, type JweAlg, type ProblemCode, type SegmentName } from '../../../jose/index.ts';
import { duracion } from './duration.es.ts';
import type { MessageParams } from '../../../jose/index.ts';

type Message = (p: MessageParams) => string;

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const n = (v: unknown): string => (typeof v === 'number' ? v.toLocaleString('es') : str(v));
const dur = (v: unknown): string => (typeof v === 'number' ? duracion(v) : str(v));
const typeEs = (t: unknown): string =>
  ({ null: 'null', array: 'un array', object: 'un objeto', string: 'una cadena', number: 'un número', boolean: 'un booleano', undefined: 'nada' })[str(t)] ?? str(t);
/** "1 byte", "16 bytes". */
const bytes = (v: unknown): string => `${n(v)} ${v === 1 ? 'byte' : 'bytes'}`;
const clock = (p: MessageParams): string => (p.now !== undefined ? ` (reloj: ${str(p.now)}${p.tolerance ? `, tolerancia de ${n(p.tolerance)} s` : ''})` : '');

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

export const FINDINGS_ES: Readonly<Record<FindingCode, Message>> = {
  TOKEN_LARGE: (p) => `El token tiene ${n(p.chars)} caracteres; muchos servidores rechazan los tokens de más de 250 KiB`,
  NESTED_JWT: (p) =>
    p.decrypted ? 'El contenido es un JWT anidado ("cty": "JWT"): inspecciona y verifica también el token interior' : 'El "cty" indica que la carga útil es a su vez un JWT (un token anidado)',
  ALG_NONE: () => 'El "alg" es "none": un JWS no protegido, sin firma. Cualquiera puede falsificarlo; nunca se verifica',
  ALG_NONE_VARIANT: (p) => `El "alg" es ${str(p.alg)}, una variante de "none" en otras mayúsculas que sirve para colarse entre los filtros; no es un algoritmo registrado`,
  ALG_NONE_WITH_SIGNATURE: () => '"alg" es "none" y, sin embargo, la firma no está vacía; un JWS no protegido tiene la firma vacía (RFC 7515 §A.5)',
  ALG_UNKNOWN: (p) => `El "alg" ${str(p.alg)} no es un algoritmo ${str(p.kind)} registrado`,
  ALG_RSA1_5: () => 'RSA1_5 (RSAES-PKCS1-v1_5) está obsoleto: es vulnerable a ataques de oráculo de relleno (Bleichenbacher); usa mejor RSA-OAEP-256',
  ALG_EDDSA_DEPRECATED: () => 'El RFC 9864 declara obsoleto el "EdDSA" polimórfico en favor de "Ed25519" y "Ed448", que nombran la curva; los verificadores pueden dejar de aceptar "EdDSA"',
  JWE_HEADER_ON_JWS: () => 'El encabezado tiene "enc", que solo tiene un JWE, pero el token es un JWS (3 segmentos): RFC 7516 §9',
  JWS_ALG_ON_JWE: (p) => `El "alg" ${str(p.alg)} es un algoritmo de firma, pero el token es un JWE (5 segmentos): RFC 7516 §9`,
  HEADER_JKU: (p) => `El encabezado indica una URL de claves en "jku" (${str(p.url)}). Nunca se descarga automáticamente: fiarse de ella permite que el token elija su propia clave`,
  HEADER_X5U: (p) => `El encabezado indica una URL de certificados en "x5u" (${str(p.url)}). Nunca se descarga automáticamente: fiarse de ella permite que el token elija su propia clave`,
  HEADER_JWK: (p) =>
    p.kind === 'secret'
      ? 'El encabezado incrusta una clave secreta ("jwk" con kty "oct"): la clave la eligió quien hizo el token; nunca debe usarse'
      : `El encabezado incrusta una clave en "jwk"${p.kind === 'private' ? ', incluida su parte privada "d"' : ''}. Verificar con ella no demuestra nada: el token eligió su propia clave`,
  HEADER_X5C: () => 'El encabezado lleva una cadena de certificados en "x5c"; no demuestra nada si la cadena no se valida hasta una raíz de confianza',
  KID_SUSPICIOUS: (p) => `El "kid" ${str(p.kid)} contiene caracteres propios de un recorrido de rutas o de una inyección; úsalo solo para una comparación exacta`,
  KID_MISMATCH: (p) =>
    `El "kid" del token es ${str(p.tokenKid)}, pero el de la clave es ${str(p.keyKid)}: la clave ${p.operation === 'decrypt' ? 'descifró el token' : 'verificó la firma'} porque era la única que se dio, pero un servidor que busca las claves por "kid" no la habría elegido`,
  HEADER_PROTOTYPE_NAME: () => 'El encabezado tiene un miembro llamado "__proto__" o "constructor", señal de un intento de contaminación del prototipo; se conserva como un miembro normal',
  TYP_INVALID: () => '"typ" debe ser una cadena',
  CRIT_UNPROTECTED: () => '"crit" debe estar en el encabezado protegido (RFC 7515 §4.1.11), no en uno sin proteger',
  CRIT_INVALID: (p) => (p.value !== undefined ? `"crit" debe contener cadenas no vacías; contiene ${str(p.value)}` : '"crit" debe ser un array no vacío de nombres de parámetros del encabezado'),
  CRIT_DUPLICATE: (p) => `"crit" incluye ${str(p.name)} dos veces`,
  CRIT_UNSUPPORTED: (p) => `"crit" exige la extensión ${str(p.name)}, que esta implementación no entiende`,
  CRIT_ABSENT: (p) => `"crit" incluye ${str(p.name)}, pero el encabezado no tiene ese miembro`,
  B64_UNPROTECTED: () => '"b64" debe estar en el encabezado protegido (RFC 7797 §3)',
  B64_INVALID: (p) => `"b64" debe ser true o false, no ${str(p.value)}`,
  B64_WITHOUT_CRIT: (p) => `"b64": ${str(p.value)} no figura en "crit", así que se ignora y la carga útil se trata como codificada en base64url (RFC 7797 §6)`,
  ZIP: (p) => `El texto en claro está comprimido ("zip": ${str(p.zip)}); comprimir antes de cifrar puede revelar la longitud del contenido`,
  ZIP_UNPROTECTED: () => '"zip" debe estar en el encabezado protegido (RFC 7516 §4.1.3)',
  PBES2_P2C_HIGH: (p) => `"p2c" vale ${str(p.p2c)}: por encima de 10.000 iteraciones de PBKDF2 el descifrado se rechaza por defecto (denegación de servicio)`,
  PBES2_P2C_LOW: (p) => `El número de iteraciones de PBES2, "p2c", es ${str(p.p2c)}: con tan pocas, adivinar la contraseña sale barato; el RFC 7518 §4.8.1.2 recomienda al menos 1000`,
  PAYLOAD_DETACHED: () => 'La carga útil está vacía: para verificar hay que aportar la carga útil separada (RFC 7515, apéndice F)',
  PAYLOAD_NOT_UTF8: () => 'La carga útil es binaria (no es texto UTF-8), así que no es un conjunto de claims de JWT',
  PAYLOAD_BOM: () => 'La carga útil empieza por una marca de orden de bytes (U+FEFF); un texto JSON no debe llevarla (RFC 8259 §8.1): unos analizadores la ignoran y otros fallan',
  ECDSA_HIGH_S: () => 'La firma tiene una s alta (s > n/2). Es válida (JOSE no exige s baja), pero (r, n - s) también verifica: las firmas son maleables',
  MAC_LENGTH: (p) => `El MAC tiene ${bytes(p.bytes)}; ${str(p.alg)} exige exactamente ${n(p.expected)} (un MAC recortado se rechaza)`,
  CLAIMS_NOT_OBJECT: () => 'La carga útil no es un objeto JSON, así que no es un conjunto de claims de JWT',
  CLAIM_DUPLICATE: (p) =>
    p.decrypted
      ? `El claim ${str(p.name)} aparece más de una vez; se usa el último valor`
      : `La carga útil repite el miembro ${str(p.name)}; los analizadores no se ponen de acuerdo sobre qué valor gana${p.lastWins ? ' (JSON.parse se queda con el último)' : ''}`,
  CLAIM_NOT_NUMERIC: (p) => `"${str(p.name)}" debe ser un NumericDate (un número JSON de segundos), no ${typeEs(p.type)}`,
  CLAIM_NOT_FINITE: (p) => `"${str(p.name)}" no es un número finito (un literal como 1e400 se desborda a Infinity)`,
  CLAIM_PRECISION: (p) => `"${str(p.name)}" es mayor que 2^53; JavaScript no puede guardarlo exactamente${p.readText ? ' (lee sus dígitos en el texto de la carga útil)' : ''}`,
  CLAIM_MILLISECONDS: (p) => `"${str(p.name)}" parece estar en milisegundos (sería ${str(p.asSeconds)}); un NumericDate cuenta segundos`,
  CLAIM_EXPIRED: (p) => `Caducó hace ${dur(p.ago)}, el ${str(p.at)}${p.nearSkew ? '; dentro de los 5 minutos de desfase de reloj que admiten algunos servidores' : ''}${clock(p)}`,
  CLAIM_NOT_YET_VALID: (p) => `No es válido antes del ${str(p.at)}, dentro de ${dur(p.in)}${clock(p)}`,
  CLAIM_IAT_FUTURE: (p) => `Emitido en el futuro: ${str(p.at)} es dentro de ${dur(p.in)}${clock(p)}`,
  CLAIM_EXP_MISSING: () => 'No hay "exp": el token no caduca nunca',
  CLAIM_EXP_BEFORE_START: (p) => `"exp" no es posterior a "${str(p.start)}": el token nunca fue válido`,
  CLAIM_LIFETIME_LONG: (p) => `El token es válido durante ${dur(p.lifetime)}; los tokens de larga duración son difíciles de revocar`,
  CLAIM_TYPE: (p) => (p.type === undefined ? '"aud" debe ser una cadena o un array de cadenas' : `"${str(p.name)}" debe ser una cadena (StringOrURI), no ${typeEs(p.type)}`),
  CLAIM_ISSUER_MISMATCH: (p) => `"iss" es ${str(p.iss)}; se esperaba ${str(p.expected).split(' or ').join(' o ')}`,
  CLAIM_AUDIENCE_MISMATCH: (p) => `"aud" no contiene ${str(p.expected).split(' or ').join(' ni ')}`,
  ALG_CONFUSION: (p) =>
    `El token dice ${str(p.alg)} (un MAC con secreto compartido), pero la clave es ${p.disguised ? 'una clave pública dada como secreto' : 'una clave de par público/privado'}: un intento de confusión de algoritmos si el token vino de fuera. Un verificador debe elegir el algoritmo por la clave, nunca por el token`,
  ALG_ACCEPTED_HERE: (p) => `${str(p.alg)} se aceptó porque este depurador prueba todos los algoritmos; las bibliotecas lo rechazan salvo que se permita expresamente`,
  WEAK_HMAC_SECRET: (p) => `El secreto tiene ${n(p.bytes)} bytes; ${str(p.alg)} necesita al menos ${n(p.minBytes)} bytes (el tamaño del hash) para ser seguro`,
  KEY_RSA_SHORT: (p) => `La clave RSA tiene ${n(p.bits)} bits; el RFC 7518 exige al menos 2048`,
  KEY_RSA_ROCA: () => 'El módulo RSA tiene la huella ROCA (CVE-2017-15361, Infineon RSALib): su clave privada se puede calcular a partir de la pública',
  KEY_RSA_PSS_OID: () => 'El archivo marca esta clave como RSASSA-PSS (id-RSASSA-PSS); se leyó como una clave RSA normal, y no se aplica ninguna restricción de hash de sus parámetros',
  KEY_RSA_OAEP_OID: () => 'El archivo marca esta clave como RSAES-OAEP; se leyó como una clave RSA normal',
  KEY_ECDH_OID: () => 'El archivo marca esta clave como solo para ECDH (id-ecDH); se leyó como una clave EC',
  KEY_SHORT_SCALAR: (p) => `La clave privada ${str(p.crv)} tenía ${n(p.bytes)} bytes sin sus ceros iniciales; se rellenó hasta ${n(p.size)}`,
  KEY_COMPRESSED_POINT: () => 'El punto público estaba guardado comprimido; se ha descomprimido',
  KEY_PUBLIC_COMPUTED: () => 'La clave privada no trae su clave pública; se ha calculado a partir de la privada',
  AKP_PUB_COMPUTED: (p) => `La JWK ${str(p.alg)} no tenía "pub", que exige el RFC 9964; se ha calculado a partir de la semilla "priv"`,
  KEY_EMPTY_SECRET: () => 'El secreto está vacío',
  KEY_USE_UNKNOWN: (p) => `El "use" de la JWK es ${str(p.use)}; el RFC 7517 define "sig" y "enc"`,
  KEY_USE_AND_OPS: () => 'La JWK tiene a la vez "use" y "key_ops"; el RFC 7517 §4.3 dice que no deben usarse juntos',
  KEY_FROM_CERTIFICATE: (p) => `La clave pública del certificado de ${str(p.subject) || '(sin sujeto)'}; no se comprueban ni la firma del propio certificado ni su cadena`,
  CERT_EXPIRED: (p) => `El certificado caducó el ${str(p.date)}`,
  CERT_NOT_YET_VALID: (p) => `El certificado no es válido antes del ${str(p.date)}`,
  SECRET_ENCODING_HINT: (p) =>
    `El secreto parece estar en ${str(p.looksLike)}${p.bytes !== undefined ? ` (serían ${n(p.bytes)} bytes${p.keySize ? `, el tamaño de una clave ${str(p.keySize)}` : ''})` : ''}; si es así, elige la codificación ${str(p.encoding)}`,
  SECRET_QUOTED: () => 'El secreto está entre comillas, que forman parte de la clave tal como está escrita; quítalas si venían del código o de un JSON',
  SECRET_WHITESPACE: () => 'El secreto empieza o termina con espacios, que forman parte de la clave UTF-8; quítalos si se colaron al pegar',
  PEM_MULTIPLE_BLOCKS: (p) => `El texto tiene ${n(p.blocks)} bloques PEM; se leyó el primero (${str(p.first)}) y se ignoraron los otros ${n(p.ignored)} (${str(p.others)})`,
  PEM_PARAMETERS_SKIPPED: (p) => `Se omitió ${str(p.labels)}: no es una clave`,
  JWKS_KEY_SKIPPED: (p) => `Se omitió la clave ${n(p.index)} del JWKS: ${ERROR_SUMMARY_ES[p.error as JoseErrorCode] ?? 'no se pudo leer'}`,
  JWKS_MIXED_KEYS: () => 'El JWKS mezcla secretos compartidos con claves públicas o privadas; guarda las claves simétricas y las asimétricas en conjuntos distintos',
  JWKS_PRIVATE_KEYS: (p) => `El JWKS contiene claves privadas${p.withPublic ? ' junto a las públicas' : ''}; un JWKS publicado solo debe contener claves públicas`,
  JWKS_DUPLICATE_KID: (p) => `El JWKS repite el kid ${str(p.kids)}`,
  DISCOVERY_ISSUER_SLASH: (p) => `El emisor ${str(p.issuer)} se distingue de ${str(p.expected)} por una barra final; las especificaciones exigen que sean idénticos`,
  JWKS_URI_HTTP: (p) => `"jwks_uri" es http sin cifrar (${str(p.url)}); solo se acepta porque apunta a esta máquina`,
  SDJWT_UNTYPED: () => 'El JWT firmado por el emisor no tiene "typ"; los perfiles de SD-JWT deberían indicar su tipo explícitamente (p. ej. "dc+sd-jwt")',
  SDJWT_SALT_SHORT: (p) => `La sal de la Disclosure ${n(p.index)} tiene unos ${n(p.bits)} bits; se recomiendan 128 para que el claim no se pueda adivinar a partir de su digest`,
  SDJWT_SALT_REUSED: (p) => `Las Disclosures ${n(p.first)} y ${n(p.second)} comparten sal; cada claim debe tener la suya (RFC 9901 §4.2.1)`,
  SDJWT_EMPTY_SD: (p) => `"_sd" en ${str(p.at)} está vacío; el RFC 9901 §4.2.4.1 recomienda omitirlo`,
  SDJWT_ELLIPSIS_MEMBER: (p) =>
    p.element
      ? `El elemento en ${str(p.at)} tiene "..." junto a otros miembros (o no es una cadena) y se conserva como dato; un digest de array es exactamente {"...": "<digest>"} (RFC 9901 §4.2.4.2)`
      : `Un miembro llamado "..." en ${str(p.at)} se conserva como dato; "..." está reservado para los digests de arrays (RFC 9901 §4.1)`,
  SDJWT_NESTED_SD_ALG: (p) => `Se ignora el "_sd_alg" de ${str(p.at)}: solo vale en el nivel superior de la carga útil (RFC 9901 §4.1.1)`,
  SDJWT_KB_TYP: (p) => `El "typ" del Key Binding JWT es ${str(p.typ)}; debe ser "kb+jwt" (RFC 9901 §4.3)`,
  SDJWT_KB_ALG_NONE: () => 'El Key Binding JWT no está firmado ("alg": "none"); no demuestra nada (RFC 9901 §4.3)',
  SDJWT_VC_LEGACY_TYP: (p) => `"typ" es ${str(p.typ)}, el tipo de medio de los borradores de SD-JWT VC anteriores al -06; los verificadores actuales esperan "dc+sd-jwt"`,
  SDJWT_VC_VCT_NAME: (p) => `"vct" ${str(p.vct)} no es una URI; debe ser un nombre resistente a colisiones (RFC 7515 §2)`,
  SDJWT_VC_CNF: () => '"cnf" no tiene "jwk"; SD-JWT VC recomienda dar la clave del titular por valor (RFC 7800 §3.2)',
};

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

/** One sentence per error code, for where only the code is known (a skipped JWKS key, a summary). */
export const ERROR_SUMMARY_ES: Readonly<Record<JoseErrorCode, string>> = {
  ERR_MALFORMED: 'el token está mal formado',
  ERR_BASE64URL: 'base64url no válido',
  ERR_JSON: 'JSON no válido',
  ERR_SIGNATURE_INVALID: 'la firma no es válida',
  ERR_DECRYPTION_FAILED: 'el descifrado falló',
  ERR_KEY_UNWRAP_FAILED: 'la clave no desenvolvió la CEK',
  ERR_TAG_MISMATCH: 'la etiqueta de autenticación no coincide',
  ERR_KEY_INVALID: 'la clave no es válida',
  ERR_KEY_MISMATCH: 'la clave no sirve para este algoritmo',
  ERR_KEY_REQUIRED: 'hace falta una clave',
  ERR_KEY_NOT_FOUND: 'ninguna clave encaja',
  ERR_ALG_UNSUPPORTED: 'algoritmo no admitido',
  ERR_ALG_NOT_ALLOWED: 'algoritmo no permitido',
  ERR_ENC_UNSUPPORTED: '"enc" no admitido',
  ERR_CRIT_UNSUPPORTED: 'extensión crítica no admitida',
  ERR_LIMIT_EXCEEDED: 'se superó un límite',
  ERR_CLAIM_INVALID: 'un claim no es válido',
  ERR_RUNTIME_UNSUPPORTED: 'este entorno no lo admite',
  ERR_X5C_UNTRUSTED: 'la cadena x5c no es de confianza',
  ERR_SDJWT_MALFORMED: 'el SD-JWT está mal formado',
  ERR_SDJWT_ORDER: 'las partes del SD-JWT no están en orden',
  ERR_SDJWT_DISCLOSURE_MALFORMED: 'una Disclosure está mal formada',
  ERR_SDJWT_DISCLOSURE_KIND: 'una Disclosure no es del tipo que corresponde a su sitio',
  ERR_SDJWT_DISCLOSURE_DUPLICATE: 'una Disclosure está repetida',
  ERR_SDJWT_DISCLOSURE_UNREFERENCED: 'una Disclosure no está referenciada',
  ERR_SDJWT_RESERVED_NAME: 'un nombre reservado para SD-JWT',
  ERR_SDJWT_CLAIM_EXISTS: 'el claim ya existe',
  ERR_SDJWT_DIGEST_DUPLICATE: 'un digest está repetido',
  ERR_SDJWT_DIGESTS_MALFORMED: '"_sd" está mal formado',
  ERR_SDJWT_SD_ALG: '"_sd_alg" no admitido',
  ERR_SDJWT_POINTER: 'puntero JSON no válido',
  ERR_SDJWT_KB_REQUIRED: 'falta el Key Binding JWT',
  ERR_SDJWT_KB_UNEXPECTED: 'sobra el Key Binding JWT',
  ERR_SDJWT_KB_MALFORMED: 'el Key Binding JWT está mal formado',
  ERR_SDJWT_KB_KEY: 'la clave del titular no sirve',
  ERR_SDJWT_KB_TYP: 'el "typ" del Key Binding JWT no es "kb+jwt"',
  ERR_SDJWT_KB_SIGNATURE: 'la firma del Key Binding JWT no es válida',
  ERR_SDJWT_KB_IAT: 'el "iat" del Key Binding JWT no es válido',
  ERR_SDJWT_KB_AUD: 'el "aud" del Key Binding JWT no es el esperado',
  ERR_SDJWT_KB_NONCE: 'el "nonce" del Key Binding JWT no es el esperado',
  ERR_SDJWT_KB_SD_HASH: 'el "sd_hash" del Key Binding JWT no coincide',
  ERR_SDJWT_VC_INVALID: 'el SD-JWT VC no es válido',
};

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The errors: a full sentence from the params when the engine gave them; otherwise the code's
 * summary, made exact by where it happened (the segment and character offset, added by the caller).
 */
export const ERRORS_ES: Readonly<Record<JoseErrorCode, Message>> = {
  ERR_MALFORMED: (p) => (p.segments !== undefined ? `Un JWS compacto tiene 3 segmentos y un JWE compacto 5, separados por "."; este texto tiene ${n(p.segments)}` : 'El token está mal formado'),
  ERR_BASE64URL: (p) =>
    p.char !== undefined
      ? `Base64url no válido en el carácter ${n(p.at)}: ${str(p.char)}${p.char === '" "' ? ' (un espacio)' : p.char === '"+"' || p.char === '"/"' ? ' (base64 estándar; base64url usa "-" y "_")' : p.char === '"="' ? ' (relleno de base64; base64url no lo usa)' : ''}`
      : p.trailingBits
        ? `Base64url no canónico en el carácter ${n(p.at)}: sus bits finales sobrantes no son cero`
        : p.length !== undefined
          ? `Base64url no válido: una longitud de ${n(p.length)} caracteres (4n+1) no codifica bytes enteros`
          : p.empty
            ? `${capital(str(p.segmentName) || 'el valor')} está vacío`
            : 'Base64url no válido',
  ERR_JSON: (p) => `JSON no válido${p.what ? ` en ${str(p.what)}` : ''}${p.line !== undefined ? `: línea ${n(p.line)}, columna ${n(p.column)}` : ''}`,
  ERR_SIGNATURE_INVALID: (p) => {
    const alg = str(p.alg);
    if (p.zero) return `El valor ${str(p.value)} de la firma ${alg} es 0; r y s deben estar en [1, n-1] (el ataque de la «firma psíquica», CVE-2022-21449)`;
    if (p.tooLarge) return `El valor ${str(p.value)} de la firma ${alg} no es menor que el orden n de la curva; r y s deben estar en [1, n-1]`;
    if (p.der) return `La firma ${alg} está codificada en DER (una SEQUENCE ASN.1 de r y s, ${bytes(p.length)}); JOSE exige la forma R||S sin codificar, de exactamente ${bytes(p.expectedLength)} (RFC 7518 §3.4)`;
    if (p.length !== undefined && p.expectedLength !== undefined) return `La firma ${alg} tiene ${bytes(p.length)}; debe tener exactamente ${bytes(p.expectedLength)}${alg.startsWith('ES') ? ' en la forma R||S (RFC 7518 §3.4)' : ''}`;
    if (p.keys !== undefined) return `La firma ${alg} no coincide con la entrada de firma ${Number(p.keys) > 1 ? 'con ninguna de las claves' : 'y la clave'}`;
    return 'La firma no es válida';
  },
  ERR_DECRYPTION_FAILED: () => 'El descifrado falló',
  ERR_KEY_UNWRAP_FAILED: (p) => (p.alg !== undefined ? `${str(p.alg)}: la clave no desenvolvió la CEK; no es la clave para la que se cifró este JWE` : 'La clave no desenvolvió la CEK; no es la clave para la que se cifró este JWE'),
  ERR_TAG_MISMATCH: (p) =>
    p.enc !== undefined
      ? `La etiqueta de autenticación del JWE no se verificó: la CEK, el IV, los AAD, el texto cifrado o la etiqueta no son los que se usaron con ${str(p.enc)}`
      : 'La etiqueta de autenticación del JWE no es válida (no se verificó o no tiene la longitud que exige "enc")',
  ERR_KEY_INVALID: () => 'La clave no es válida',
  ERR_KEY_MISMATCH: keyMismatchEs,
  ERR_KEY_REQUIRED: () => 'Hace falta una clave',
  ERR_KEY_NOT_FOUND: (p) => (p.count !== undefined ? `Ninguna de las ${n(p.count)} claves${p.kids ? ` (kids ${str(p.kids)})` : ''} encaja con ${str(p.alg) || 'el token'}` : 'Ninguna clave encaja con el token'),
  ERR_ALG_UNSUPPORTED: (p) => (p.alg !== undefined ? `Algoritmo no admitido: ${str(p.alg)}` : p.zip !== undefined ? `"zip" no admitido: ${str(p.zip)}; solo está definido "DEF"` : 'Algoritmo no admitido'),
  ERR_ALG_NOT_ALLOWED: (p) =>
    p.none
      ? `"alg": ${str(p.alg)} es un JWS no protegido: no tiene firma y nunca se acepta como verificado`
      : p.enc !== undefined
        ? `El "enc" ${str(p.enc)} no está permitido (opción encryptions)`
        : p.alg !== undefined
          ? `El "alg" ${str(p.alg)} no está permitido${p.allowed !== undefined ? `: no está entre los algoritmos admitidos (${str(p.allowed)})` : ' (opción algorithms)'}`
          : 'Algoritmo no permitido',
  ERR_ENC_UNSUPPORTED: (p) => `"enc" (algoritmo de cifrado) no admitido${p.enc !== undefined ? `: ${str(p.enc)}` : ''}`,
  ERR_CRIT_UNSUPPORTED: (p) => `El encabezado marca como crítica ${p.names !== undefined ? `la extensión ${str(p.names)}` : 'una extensión'}, que JOSE Lab no entiende`,
  ERR_LIMIT_EXCEEDED: (p) => (p.limit !== undefined ? `Se superó un límite: ${n(p.limit)}` : 'Se superó un límite de tamaño o de anidamiento'),
  ERR_CLAIM_INVALID: () => 'Un claim no es válido',
  ERR_RUNTIME_UNSUPPORTED: () => 'Este navegador o entorno no admite esta operación',
  ERR_X5C_UNTRUSTED: () => 'La cadena x5c no es de confianza. Pega su certificado raíz o elige usar igualmente la clave del certificado hoja',
  ERR_SDJWT_MALFORMED: () => 'El SD-JWT está mal formado',
  ERR_SDJWT_ORDER: () => 'Las partes del SD-JWT no están en orden: el JWT del emisor, cada Disclosure y, al final, el Key Binding JWT',
  ERR_SDJWT_DISCLOSURE_MALFORMED: (p) => `La Disclosure ${p.index !== undefined ? n(Number(p.index) + 1) : ''} está mal formada`.replace('  ', ' '),
  ERR_SDJWT_DISCLOSURE_KIND: (p) => `La Disclosure ${p.index !== undefined ? n(Number(p.index) + 1) : ''} no es del tipo que corresponde a su digest (miembro de objeto o elemento de array)`.replace('  ', ' '),
  ERR_SDJWT_DISCLOSURE_DUPLICATE: (p) => `La Disclosure ${p.index !== undefined ? n(Number(p.index) + 1) : ''} está repetida: un titular no debe enviar dos veces la misma Disclosure (RFC 9901 §4)`.replace('  ', ' '),
  ERR_SDJWT_DISCLOSURE_UNREFERENCED: (p) =>
    `La Disclosure ${p.index !== undefined ? n(Number(p.index) + 1) : ''} no está referenciada: ningún digest de la carga útil ni de otra Disclosure es el suyo (RFC 9901 §7.1, paso 5)`.replace('  ', ' '),
  ERR_SDJWT_RESERVED_NAME: (p) => `${p.name !== undefined ? `El nombre ${str(p.name)}` : 'Un nombre'} está reservado para los digests de SD-JWT (RFC 9901 §4.1)`,
  ERR_SDJWT_CLAIM_EXISTS: () => 'El claim que revela la Disclosure ya existe en ese objeto',
  ERR_SDJWT_DIGEST_DUPLICATE: (p) => `El digest ${str(p.digest)} aparece dos veces (RFC 9901 §7.1, paso 4)`,
  ERR_SDJWT_DIGESTS_MALFORMED: (p) => `"_sd"${p.pointer !== undefined ? ` en ${str(p.pointer)}` : ''} debe ser un array de digests (RFC 9901 §4.2.4.1)`,
  ERR_SDJWT_SD_ALG: (p) => `"_sd_alg" ${p.sdAlg !== undefined ? `${str(p.sdAlg)} ` : ''}no se admite aquí (se admiten sha-256, sha-384 y sha-512)`,
  ERR_SDJWT_POINTER: (p) => `${p.pointer !== undefined ? `"${str(p.pointer)}"` : 'El puntero'} no es un puntero JSON válido o no nombra ningún claim de este SD-JWT`,
  ERR_SDJWT_KB_REQUIRED: () => 'Hace falta un Key Binding JWT, pero la presentación termina en "~" y no lo tiene (RFC 9901 §7.3, paso 2)',
  ERR_SDJWT_KB_UNEXPECTED: () => 'Esto ya es una presentación (SD-JWT+KB); un titular presenta el SD-JWT que recibió, que termina en "~" (RFC 9901 §7.2)',
  ERR_SDJWT_KB_MALFORMED: () => 'El Key Binding JWT está mal formado',
  ERR_SDJWT_KB_KEY: () => 'La clave del titular no sirve para el Key Binding JWT: debe ser la clave privada que corresponde a "cnf"."jwk"',
  ERR_SDJWT_KB_TYP: () => 'Key Binding JWT: su "typ" debe ser "kb+jwt" (RFC 9901 §4.3)',
  ERR_SDJWT_KB_SIGNATURE: () => 'Key Binding JWT: la firma no se verifica con la clave del titular de "cnf"',
  ERR_SDJWT_KB_IAT: () => 'Key Binding JWT: el "iat" falta, no es un número o no es reciente',
  ERR_SDJWT_KB_AUD: () => 'Key Binding JWT: el "aud" falta o no es el verificador esperado',
  ERR_SDJWT_KB_NONCE: () => 'Key Binding JWT: el "nonce" falta o no es el valor esperado',
  ERR_SDJWT_KB_SD_HASH: () => 'Key Binding JWT: el "sd_hash" no coincide con el hash de la presentación',
  ERR_SDJWT_VC_INVALID: () => 'El SD-JWT VC no es válido',
};

/** The key as describeKey words it, in Spanish: "una clave pública RSA de 2048 bits", "un secreto compartido de 16 bytes". */
function keyEs(p: MessageParams): string {
  if (p.keyType === 'secret') return `un secreto compartido de ${bytes(Number(p.bits) / 8)}`;
  const type = p.keyType === 'private' ? 'privada' : 'pública';
  const what = { RSA: `RSA de ${n(p.bits)} bits`, EC: `EC ${str(p.crv)}`, OKP: str(p.crv) || 'OKP', AKP: str(p.keyAlg) || 'AKP' }[str(p.kty)] ?? str(p.kty);
  return `una clave ${type} ${what}`;
}

/** What an alg needs, in Spanish, from the engine's registry (the same facts fit.ts words in English). */
function needsEs(alg: string): string {
  if (isJwsAlg(alg)) {
    const info = JWS_ALG_INFO[alg];
    switch (info.family) {
      case 'HMAC':
        return 'un secreto compartido';
      case 'RSASSA-PKCS1-v1_5':
      case 'RSA-PSS':
        return 'una clave RSA';
      case 'ECDSA':
        return `una clave EC en ${info.curves![0]}`;
      case 'EdDSA':
        return info.curves!.length === 1 ? `una clave ${info.curves![0]} (kty OKP)` : 'una clave Ed25519 o Ed448 (kty OKP)';
      case 'ML-DSA':
        return `una clave ${alg} (kty AKP con "alg": "${alg}")`;
    }
  }
  const info = Object.prototype.hasOwnProperty.call(JWE_ALG_INFO, alg) ? JWE_ALG_INFO[alg as JweAlg] : undefined;
  switch (info?.family) {
    case 'RSA1_5':
    case 'RSA-OAEP':
      return 'una clave RSA';
    case 'AESKW':
    case 'AESGCMKW':
      return `una clave AES de ${n(info.kekBits! / 8)} bytes`;
    case 'dir':
      return 'una clave compartida de cifrado del contenido';
    case 'ECDH-ES':
      return 'una clave EC (P-256, P-384, P-521) o X25519/X448';
    case 'PBES2':
      return 'una contraseña';
    default:
      return 'otra clave';
  }
}

function keyMismatchEs(p: MessageParams): string {
  const alg = str(p.alg);
  const op = operationEs(p.operation);
  switch (p.reason) {
    case 'family':
      return `${alg} es un algoritmo de ${isJwsAlg(alg) ? 'firma' : 'gestión de claves'}; no sirve para ${op}`;
    case 'private':
      return `Esta clave es ${keyEs(p)}; ${op} con ${alg} necesita la clave privada`;
    case 'jwkAlg':
      return `La JWK de la clave dice "alg": "${str(p.keyAlg)}", así que no puede usarse con ${alg}`;
    case 'use':
      return `La JWK de la clave dice "use": "${str(p.use)}", así que no puede usarse para ${op}`;
    case 'keyOps':
      return `El "key_ops" de la JWK es [${str(p.keyOps)}], que no permite ${op}`;
    case 'kind':
      return `Esta clave es ${keyEs(p)}; ${alg} necesita ${needsEs(alg)}${alg.startsWith('ML-DSA') ? ': cada conjunto de parámetros de ML-DSA tiene sus propias claves y su tamaño de firma' : ''}`;
    default:
      return p.alg !== undefined ? `La clave no sirve para ${alg}${p.operation ? ` (${op})` : ''}` : 'La clave no sirve para este algoritmo';
  }
}

function operationEs(op: unknown): string {
  return ({ sign: 'firmar', verify: 'verificar', encrypt: 'cifrar', decrypt: 'descifrar' })[str(op)] ?? str(op);
}

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
