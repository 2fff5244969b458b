/**
 * The Learn steps explained in Spanish: the same step ids and the same variants as explanations.ts
 * and sdJwtExplanations.ts (explanations.es.test.ts checks the keys both ways and runs real traces
 * through both languages). Loaded lazily by loadStepExplanations('es').
 */
import type { StepValue } from './stepValue.ts';
import { has, type Op, type StepExplainer, type StepExplanations } from './explainTable.ts';
import { SD_JWT_ES, disclosureEs } from './sdJwtExplanations.es.ts';

function digest(values: readonly StepValue[], op: Op): string[] {
  if (has(values, 'digestInfo')) {
    return [
      'RS256/384/512 calculan el hash SHA-2 de la entrada de firma y lo envuelven en un "DigestInfo" DER que nombra la función hash.',
      op === 'sign'
        ? 'El DigestInfo se rellena (0x00 0x01 FF…FF 0x00) y se eleva al exponente privado: ese número es la firma.'
        : 'Elevar la firma al exponente público debe devolver exactamente este DigestInfo relleno; cualquier otro resultado significa otra clave u otros bytes.',
    ];
  }
  if (has(values, 'saltLength')) {
    return [
      'PS256/384/512 calculan el hash de la entrada de firma y lo mezclan con una sal aleatoria (EMSA-PSS), así que dos firmas de la misma entrada son distintas.',
      'JOSE fija la longitud de la sal al tamaño del hash; un verificador que suponga otra longitud rechaza firmas buenas.',
    ];
  }
  if (has(values, 'r')) {
    return [
      'ECDSA firma el hash de la entrada de firma y produce dos números, r y s.',
      'JOSE los escribe como dos enteros big-endian de longitud fija, uno tras otro (R || S). OpenSSL, Java y muchas bibliotecas escriben el mismo par en DER: pasar uno donde se espera el otro es el clásico fallo de interoperabilidad de ECDSA.',
    ];
  }
  if (has(values, 'mac') || has(values, 'mac.computed')) {
    return [
      'HMAC mezcla el secreto compartido en un hash SHA-2 de la entrada de firma.',
      'Solo quien tiene el mismo secreto puede calcular el mismo valor; por eso un secreto débil o adivinable rompe HS256 por completo.',
    ];
  }
  if (has(values, 'parameterSet')) {
    return [
      'ML-DSA (FIPS 204), una firma poscuántica basada en retículos, firma en modo puro la propia entrada de firma: JOSE fija la cadena de contexto vacía, así que el mensaje es 0x00 || 0x00 || entrada de firma.',
      'Sus firmas son grandes (2420, 3309 o 4627 bytes) y, como con RSA-PSS, cambian en cada firma: llevan aleatoriedad nueva.',
    ];
  }
  return ['La entrada de firma pasa al algoritmo de firma que indica "alg".', 'EdDSA firma la propia entrada de firma; el hash lo calcula por dentro.'];
}

const JWS: Record<string, StepExplainer> = {
  split: () => [
    'Un JWS compacto son tres cadenas base64url unidas por puntos: el encabezado protegido, la carga útil y la firma.',
    'Para separarlas no hace falta ninguna clave: las dos primeras solo están codificadas, así que cualquiera que tenga el token puede leerlas.',
  ],
  header: (_v, op) =>
    op === 'sign'
      ? ['El encabezado se escribe en JSON, se pasa a bytes UTF-8 y después a base64url.', 'Su "alg" le dice al verificador con qué algoritmo se hizo la firma.']
      : [
          'La primera parte se decodifica en JSON UTF-8: el encabezado JOSE.',
          'Su "alg" dice cómo se hizo la firma. Antes de nada, el verificador debe comprobar que es un algoritmo que espera para esa clave.',
        ],
  payload: (_v, op) =>
    op === 'sign'
      ? ['Los bytes de la carga útil (en un JWT, los claims en JSON) se codifican en base64url.', 'Codificar no es cifrar: cualquiera puede decodificarlos.']
      : ['La segunda parte se decodifica en la carga útil: en un JWT, los claims en JSON.', 'Solo están codificados, no cifrados: nunca pongas secretos en un token firmado.'],
  'signing-input': () => [
    'Lo que se firma no es el JSON, sino el texto ASCII de las dos primeras partes con el punto entre ellas, exactamente como aparecen en el token.',
    'Volver a codificar el encabezado o la carga útil, aunque signifiquen lo mismo, cambiaría estos bytes y rompería la firma.',
  ],
  digest,
  signature: (values, op) => {
    if (op === 'sign') return ['Los bytes de la firma se codifican en base64url y forman la tercera parte del token.'];
    if (has(values, 'mac.computed') || has(values, 'mac.received')) {
      return [
        'El verificador calcula el MAC por su cuenta y lo compara, byte a byte, con el del token.',
        'La comparación tarda lo mismo sean cuales sean los bytes, así que el tiempo no revela cuánto coincidía.',
      ];
    }
    return [
      'Con una clave pública el verificador no puede recalcular la firma; la comprueba matemáticamente frente al hash de la entrada de firma.',
      'La comprobación pasa o falla: un solo bit cambiado en el encabezado, la carga útil o la firma la hace fallar.',
    ];
  },
  verdict: (values) =>
    values.some((v) => v.text === 'Signature verified')
      ? ['El encabezado y la carga útil son exactamente lo que firmó quien tiene la clave.', 'Solo ahora se pueden comprobar los claims ("exp", "aud", "iss"…) y fiarse de ellos.']
      : ['Hay que rechazar el token: no se puede confiar en nada de lo que contiene.'],
};

function keyWrap(values: readonly StepValue[], op: Op, title: string): string[] {
  if (/direct/i.test(title) || (values.length === 1 && values[0]?.name === 'cek')) {
    return ['Con "alg": "dir" no hay clave cifrada: la clave simétrica compartida es directamente la clave de cifrado del contenido (CEK).', 'Las dos partes deben tener ya esa clave.'];
  }
  if (has(values, 'kw.iv') || has(values, 'kw.tag')) {
    return [
      'A*GCMKW cifra la CEK con AES-GCM bajo la clave compartida.',
      'Los miembros "iv" y "tag" del encabezado pertenecen a este paso (el cifrado de la clave), no al contenido.',
    ];
  }
  if (/PKCS1-v1_5/.test(title) && op === 'decrypt') {
    return [
      'La clave cifrada es la CEK aleatoria cifrada para la clave pública RSA del destinatario con el relleno PKCS #1 v1.5.',
      'Esta pantalla pidió al motor que dijera si la comprobación del relleno pasó, para que veas por qué falla una clave. Un descifrador real nunca debe revelarlo: sigue adelante con una CEK aleatoria, de modo que un relleno incorrecto y una clave equivocada fallan igual, en la etiqueta (RFC 7516 §11.5, ataque de Bleichenbacher). El motor hace exactamente eso para cualquier otro llamante.',
    ];
  }
  if (/RSA/.test(title)) {
    return op === 'encrypt'
      ? ['La CEK aleatoria se cifra para la clave pública RSA del destinatario.', 'Solo la clave privada correspondiente puede recuperarla.']
      : ['La clave cifrada es la CEK aleatoria cifrada para la clave pública RSA del destinatario.', 'La clave privada la recupera; cualquier otra clave falla aquí, antes de tocar el contenido.'];
  }
  return op === 'encrypt'
    ? ['AES Key Wrap (RFC 3394) cifra la CEK bajo la clave de envoltura y añade un valor de comprobación de integridad.']
    : [
        'AES Key Wrap (RFC 3394) descifra la CEK envuelta con la clave de envoltura y comprueba su valor de integridad incorporado (A6A6A6A6A6A6A6A6).',
        'Una clave equivocada falla aquí, antes de tocar el contenido.',
      ];
}

const JWE: Record<string, StepExplainer> = {
  header: (_v, op) =>
    op === 'encrypt'
      ? ['El encabezado nombra dos algoritmos: "alg", cómo llega la clave del contenido al destinatario, y "enc", cómo se cifra el contenido.']
      : [
          'Un JWE compacto tiene cinco partes: encabezado protegido, clave cifrada, vector de inicialización, texto cifrado y etiqueta de autenticación.',
          'El encabezado nombra dos algoritmos: "alg", cómo llega la clave del contenido al destinatario, y "enc", cómo se cifra el contenido.',
        ],
  pbkdf2: () => [
    'PBES2 convierte una contraseña en una clave de envoltura con PBKDF2.',
    'La sal es el nombre del alg, un byte cero y el "p2s" aleatorio; las "p2c" iteraciones hacen lento cada intento de adivinar la contraseña.',
  ],
  'key-agreement': () => [
    'ECDH-ES combina la clave privada del destinatario con la clave pública efímera del emisor, "epk", en un secreto compartido Z.',
    'Las dos partes calculan el mismo Z sin enviarlo nunca.',
  ],
  kdf: () => [
    'Z no se usa directamente: el Concat KDF lo pasa por un hash junto con los campos OtherInfo (AlgorithmID, PartyUInfo, PartyVInfo, SuppPubInfo).',
    'Al meter en el hash el algoritmo y la longitud de la clave, se obtiene una clave del tamaño exacto para este uso concreto.',
  ],
  'key-wrap': keyWrap,
  cek: (_v, op) =>
    op === 'encrypt'
      ? ['La clave de cifrado del contenido (CEK) es aleatoria y solo sirve para este token.']
      : ['Sea cual sea la gestión de claves, el resultado es la clave de cifrado del contenido (CEK): bytes aleatorios que solo sirven para este token.'],
  iv: () => ['Un vector de inicialización aleatorio y nuevo: cifrar dos veces el mismo texto en claro nunca debe dar el mismo texto cifrado.'],
  aad: () => [
    'Los datos autenticados adicionales (AAD) son el ASCII del encabezado protegido codificado, tal como aparece en el token (en la serialización JSON, seguido de "." y del miembro "aad").',
    'No se cifran, pero la etiqueta los cubre: cambiar un solo carácter del encabezado hace fallar la etiqueta.',
  ],
  'cek-split': () => ['Con AES-CBC y HMAC la CEK son dos claves: la primera mitad es la clave HMAC (MAC_KEY) y la segunda, la clave AES (ENC_KEY).'],
  'tag-check': () => [
    'La etiqueta es el HMAC de AAD || IV || texto cifrado || AL, donde AL es la longitud de los AAD en bits como número de 64 bits, recortado a su primera mitad.',
    'Se comprueba antes de descifrar, así que un token falsificado o alterado se rechaza sin tocar el texto cifrado.',
  ],
  'content-encryption': () => ['El texto en claro se cifra con la CEK y el IV, y los AAD se autentican a la vez: el resultado es el texto cifrado y la etiqueta de autenticación.'],
  'content-decryption': (values) =>
    has(values, 'tag.computed') && !has(values, 'al')
      ? [
          'AES-GCM descifra y autentica en una sola operación: calcula la etiqueta sobre los AAD y el texto cifrado y la compara con la recibida.',
          'No entrega ningún texto en claro a menos que las dos etiquetas sean iguales.',
        ]
      : ['Solo cuando la etiqueta ha coincidido, AES-CBC descifra el texto cifrado y quita el relleno PKCS #7.'],
  deflate: () => ['"zip": "DEF" comprime el texto en claro con DEFLATE sin envoltorio antes de cifrarlo (comprimir después de cifrar no ganaría nada).'],
  inflate: () => ['El encabezado dice "zip": "DEF", así que los bytes descifrados son datos DEFLATE sin envoltorio: al descomprimirlos sale el texto en claro original.'],
  plaintext: (_v, op) =>
    op === 'encrypt'
      ? ['El contenido que se va a cifrar: en un JWT, los claims en JSON.']
      : ['El contenido descifrado: en un JWT, los claims en JSON. Es de fiar porque la etiqueta coincidió.'],
};

export const STEP_EXPLANATIONS_ES: StepExplanations = { jws: JWS, jwe: JWE, sdJwt: SD_JWT_ES, disclosure: disclosureEs };
