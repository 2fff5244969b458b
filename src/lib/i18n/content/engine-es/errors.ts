/** The engine's errors in Spanish: a summary per JoseErrorCode, and a full sentence from the params. */
import { JWE_ALG_INFO, JWS_ALG_INFO, isJwsAlg, type JoseErrorCode, type JweAlg, type MessageParams } from '../../../../jose/index.ts';
import { bytes, capital, n, str, type Message } from './format.ts';

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
