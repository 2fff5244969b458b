import type en from '../en/verdict.ts';

export default {
  'verdict.status.verified': 'Firma verificada',
  'verdict.status.invalid': 'Firma no válida',
  'verdict.status.decrypted': 'Descifrado',
  'verdict.status.decryptFailed': 'No se pudo descifrar',
  'verdict.status.keyRequired': 'Falta la clave',
  'verdict.status.malformed': 'Token mal formado',
  'verdict.status.unsecured': 'JWS sin firma',
  'verdict.label': 'Resultado',
} satisfies Record<keyof typeof en, string>;
