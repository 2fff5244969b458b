/**
 * The lessons in Spanish, written from the Spanish seed primer ("Comenzando con jwt") rather than
 * translated from the English sentence by sentence: its unsigned and HS256 tokens, its reading of
 * RFC 7516 §9 (the "alg" value, then the "enc" member), the eight members of the JWE JSON
 * serialization and its three classes of claims. Where the primer's own translation misleads (it
 * calls claims "reclamos", JWE "JUGAR", and "none" "ninguno"), the lesson says what the RFC says.
 * Keyed by lesson id; example ids and references come from lessons.ts (lessons.es.test.ts checks it).
 */
import type { LessonText } from './lessonText.ts';

export const LESSONS_ES: Readonly<Record<string, LessonText>> = {
  unsecured: {
    title: 'Un JWT sin firmar, y por qué nunca hay que aceptarlo',
    paragraphs: [
      'Un JWT sin firmar lleva "alg": "none" en el encabezado y el tercer componente, la firma, vacío: el token termina en un punto. El valor es literalmente "none"; no lo traduzcas ni lo cambies de mayúsculas ("None", "NONE"), porque esas variantes solo sirven para colarse entre los filtros.',
      'Cualquiera puede escribir uno, con los claims que quiera. Un servidor que acepta "none" deja que cualquiera se haga pasar por cualquiera, así que un verificador debe rechazarlo diga lo que diga el token; JOSE Lab lo decodifica, pero nunca lo da por verificado.',
    ],
    buttons: ['Abrir el JWT sin firmar en Decodificar'],
  },
  signed: {
    title: 'Un JWT firmado (JWS)',
    paragraphs: [
      'Un JWT firmado añade como tercer componente una firma codificada en base64url (el alfabeto seguro para URL). El encabezado dice, en "alg", con qué algoritmo se hizo.',
      'Este se firmó con HMAC-SHA256 ("alg": "HS256") y el secreto UTF-8 notsosecret. Ábrelo y vuelve aquí para ver, paso a paso, la entrada de firma y el MAC calculado.',
    ],
    buttons: ['Abrir el JWT HS256 y su secreto en Decodificar'],
  },
  'jws-or-jwe': {
    title: '¿JWS o JWE? Las dos reglas de la sección 9 del RFC 7516',
    paragraphs: [
      'Primera regla, el valor de "alg": si es un algoritmo de firma digital o de MAC (o "none"), el token es un JWS; si es de cifrado de clave, envoltura de clave, acuerdo de clave directo, acuerdo de clave con envoltura o cifrado directo, es un JWE. Con la serialización compacta leer "alg" es inmediato; con la serialización JSON puede costar más.',
      'Segunda regla, el miembro "enc" (algoritmo de cifrado): si el encabezado lo tiene, es un JWE; si no, es un JWS. En la forma compacta el número de partes lo confirma: tres para un JWS, cinco para un JWE.',
    ],
    buttons: ['Abrir un JWS (HS256, sin "enc") en Decodificar', 'Abrir un JWE (A128KW con "enc": "A128GCM") en Decodificar'],
  },
  'jwe-json': {
    title: 'La serialización JSON de JWE y sus ocho miembros',
    paragraphs: [
      'En lugar de cinco partes separadas por puntos, un JWE puede ser un objeto JSON con hasta ocho miembros: "protected", "unprotected", "header", "encrypted_key", "iv", "ciphertext", "tag" y "aad".',
      'Seis son cadenas base64url; "unprotected" y "header" son objetos JSON sin codificar y, como su nombre indica, sin protección. Con "recipients", varias claves pueden abrir un mismo texto cifrado, cada una con su propio "header" y su "encrypted_key".',
    ],
    buttons: ['Abrir en Decodificar el JWE JSON con dos destinatarios'],
  },
  claims: {
    title: 'Claims registrados, públicos y privados',
    paragraphs: [
      'Un claim es un par nombre/valor de la carga útil (la guía en español de la que parte esta lección los llama «reclamaciones» o «reclamos»; aquí usamos la palabra del RFC, la que encontrarás en la documentación y en las bibliotecas). Los registrados son los nombres del registro de la IANA: iss (emisor), sub (sujeto), aud (audiencia), exp (caducidad), nbf (no antes de), iat (emitido el) y jti (ID del JWT). Ninguno es obligatorio, pero exp, nbf y aud deben comprobarse cuando aparecen.',
      'Los públicos usan nombres que no pueden chocar: registrados en la IANA (email, phone_number) o una URI como "http://example.com/is_root". Los privados, como "admin" o "roles", los acuerdan dos partes y pueden coincidir con los de otra. Todo lo que va en un JWS se puede leer: los permisos sí, los secretos nunca.',
    ],
    buttons: ['Abrir en Decodificar un JWT con un claim privado ("admin")', 'Abrir en Decodificar un JWT con un claim público que es una URI'],
  },
  'library-flow': {
    title: 'El flujo de la biblioteca de ejemplo: firmar, serializar, deserializar, verificar; cifrar, descifrar',
    paragraphs: [
      'sign(claims, jwk, alg="HS256") produce las tres partes; serialize_compact las une con puntos para enviarlas; deserialize_compact las vuelve a separar; verify recalcula la firma con la clave.',
      'encrypt(claims, clave pública) elige una CEK aleatoria, la cifra con RSA-OAEP y cifra los claims con A128CBC-HS256; decrypt, con la clave privada, deshace las dos cosas. Los pasos de abajo muestran cada valor intermedio de ambas operaciones.',
    ],
    buttons: ['Abrir en Decodificar el token firmado de la biblioteca (secreto "password")', 'Abrir en Decodificar un token RSA-OAEP + A128CBC-HS256 y su clave privada'],
  },
};
