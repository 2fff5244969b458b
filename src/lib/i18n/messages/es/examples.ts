import type en from '../en/examples.ts';

export default {
  'examples.group.seeds': 'Documentos de partida',
  'examples.group.rfc7520': 'RFC 7520 (recetario JOSE)',
  'examples.seed-hs256-password': 'HS256 firmado con "password" (documentación de Python JOSE)',
  'examples.seed-unsecured': 'JWS sin firma, alg "none" (introducción a JWT en español)',
  'examples.seed-hs256-notsosecret': 'HS256 firmado con "notsosecret" (introducción a JWT en español)',
  'examples.seed-rsa-oaep-jwe': 'JWE RSA-OAEP + A128CBC-HS256, clave no publicada (documentación de Python JOSE)',
  'examples.rfc7520-4.1': '§4.1 firma RS256, JWK pública RSA',
  'examples.rfc7520-4.3': '§4.3 firma ES512, JWK pública EC P-521',
  'examples.rfc7520-4.4': '§4.4 MAC HS256, JWK simétrica',
  'examples.rfc7520-4.8': '§4.8 tres firmas (JSON general), JWK pública RSA',
  'examples.rfc7520-5.2': '§5.2 JWE RSA-OAEP + A256GCM, JWK privada RSA',
  'examples.rfc7520-5.3': '§5.3 JWE PBES2-HS512+A256KW + A128CBC-HS256, contraseña',
  'examples.rfc7520-5.4': '§5.4 JWE ECDH-ES+A128KW + A128GCM, JWK privada EC P-384',
  'examples.rfc7520-5.6': '§5.6 JWE dir + A128GCM, JWK simétrica',
} satisfies Record<keyof typeof en, string>;
